import { gql } from './api';
import { claimCount, claimList } from './claimList';
import { el } from './dom';
import { PAIR_CLAIMS, type ClaimPage, type Predicate } from './queries';

export interface PairNames {
  a: { id: string; name: string };
  b: { id: string; name: string };
}

/** The claims between two actors, both directions, each with its evidence. */
export async function pairPanel({ a, b }: PairNames, predicates?: Predicate[]): Promise<HTMLElement> {
  const { ab, ba } = await gql<{ ab: ClaimPage; ba: ClaimPage }>(PAIR_CLAIMS, { a: a.id, b: b.id });
  const keep = (page: ClaimPage) => (predicates ? page.nodes.filter((c) => predicates.includes(c.predicate)) : page.nodes);
  return el(
    'div',
    { class: 'pair', 'data-pair': `${a.id}|${b.id}` },
    el('h2', {}, `${a.name} ⇄ ${b.name}`),
    el('p', { class: 'muted' }, `${ab.totalCount + ba.totalCount} claims between them, both directions${predicates ? `; shown: ${predicates.join(', ')}` : ''}.`),
    el('section', { 'data-direction': 'ab' }, el('h3', {}, `${a.name} → ${b.name} (${claimCount(ab)})`), claimList(keep(ab), ab)),
    el('section', { 'data-direction': 'ba' }, el('h3', {}, `${b.name} → ${a.name} (${claimCount(ba)})`), claimList(keep(ba), ba)),
  );
}
