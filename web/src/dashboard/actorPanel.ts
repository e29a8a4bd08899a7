import { gql } from './api';
import { claimCard } from './claimCard';
import { el } from './dom';
import { ACTOR, ACTOR_CLAIMS, type ActorDetail, type ClaimPage, type Predicate } from './queries';
import { PREDICATE_LABELS, relationColor, TYPE_STYLES } from './vocabulary';

const RELATIONS_SHOWN = 8;

/** An actor: names, Wikidata link, its relations strongest first, its policy stances, and its claims with evidence. */
export async function actorPanel(id: string, openActor: (id: string) => void): Promise<HTMLElement> {
  const { actor } = await gql<{ actor: ActorDetail | null }>(ACTOR, { id });
  if (!actor) return el('p', { class: 'error' }, `No actor ${id}`);
  return el(
    'div',
    { class: 'actor', 'data-actor': actor.id },
    el('h2', {}, actor.name, el('small', { class: 'type' }, TYPE_STYLES[actor.type].label)),
    el(
      'p',
      { class: 'names' },
      actor.englishName && el('span', { class: 'english' }, actor.englishName),
      actor.qid && el('a', { href: `https://www.wikidata.org/wiki/${actor.qid}`, target: '_blank', rel: 'noopener' }, actor.qid),
      el('span', { class: 'counts' }, `${actor.mentionCount} mentions · ${actor.claimCount} claims`),
    ),
    actor.aliases.length > 1 &&
      el('p', { class: 'aliases' }, 'Also written ', actor.aliases.map((a) => `${a.text} ×${a.count}`).join('、')),
    relations(actor, openActor),
    policies(actor, openActor),
    await claims(actor),
  );
}

function relations(actor: ActorDetail, openActor: (id: string) => void): HTMLElement {
  const ranked = [...actor.relations].sort((a, b) => b.claims - a.claims);
  const list = el('ol', { class: 'relations' });
  const row = (r: ActorDetail['relations'][number]) => {
    const total = r.cooperation + r.conflict;
    return el(
      'li',
      {},
      el('button', { class: 'link', type: 'button', 'data-open-actor': r.other.id }, r.other.name),
      el('span', { class: 'direction', title: r.direction === 'OUTGOING' ? `${actor.name} is the subject` : `${actor.name} is the object` }, r.direction === 'OUTGOING' ? '→' : '←'),
      el('span', { class: 'bar', style: `--w:${Math.min(100, 8 + r.claims * 4)}%;--c:${relationColor(r.cooperation, r.conflict)}` }),
      el('span', { class: 'n' }, `${r.claims}`),
      el('span', { class: 'balance' }, total > 0 ? `+${fmt(r.cooperation)} / −${fmt(r.conflict)}` : ''),
    );
  };
  ranked.slice(0, RELATIONS_SHOWN).forEach((r) => list.append(row(r)));
  list.addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-open-actor]')?.dataset.openActor;
    if (id) openActor(id);
  });
  const section = el('section', {}, el('h3', {}, `关系 Relations (${ranked.length})`), list);
  if (ranked.length > RELATIONS_SHOWN) {
    const more = el('button', { type: 'button', class: 'more' }, `Show all ${ranked.length}`);
    more.addEventListener('click', () => {
      ranked.slice(RELATIONS_SHOWN).forEach((r) => list.append(row(r)));
      more.remove();
    });
    section.append(more);
  }
  if (ranked.length === 0) section.append(el('p', { class: 'muted' }, 'No relations.'));
  return section;
}

function policies(actor: ActorDetail, openActor: (id: string) => void): HTMLElement {
  const groups: [Predicate, string][] = [['SUPPORTS', '支持 Supports'], ['OPPOSES', '反对 Opposes'], ['CONTINUES', '延续 Continues'], ['CHANGES', '改变 Changes']];
  const section = el('section', { class: 'stances' }, el('h3', {}, '政策 Policies'));
  let any = false;
  for (const [stance, label] of groups) {
    const items = actor.policies.filter((p) => p.stance === stance).sort((a, b) => b.claims - a.claims);
    if (items.length === 0) continue;
    any = true;
    const list = el('ul', { class: `chips s-${stance.toLowerCase()}` });
    for (const p of items) {
      const chip = el('button', { type: 'button', class: 'chip', 'data-open-actor': p.other.id }, `${p.other.name} ×${p.claims}`);
      chip.addEventListener('click', () => openActor(p.other.id));
      list.append(el('li', {}, chip));
    }
    section.append(el('h4', {}, label), list);
  }
  if (!any) section.append(el('p', { class: 'muted' }, 'No stance toward a policy.'));
  return section;
}

async function claims(actor: ActorDetail): Promise<HTMLElement> {
  const list = el('div', { class: 'claims' });
  const filter = el('select', { 'aria-label': 'Only claims with this predicate' }, el('option', { value: '' }, 'All predicates'));
  for (const [p, label] of Object.entries(PREDICATE_LABELS)) filter.append(el('option', { value: p }, label));
  const heading = el('h3', {}, '论断 Claims');
  const more = el('button', { type: 'button', class: 'more' }, 'More claims');
  let after: string | null = null;

  const load = async (reset: boolean) => {
    if (reset) {
      after = null;
      list.replaceChildren();
    }
    const data: { actor: { claims: ClaimPage } } = await gql(ACTOR_CLAIMS, { id: actor.id, predicate: filter.value || null, after });
    const page = data.actor.claims;
    heading.textContent = `论断 Claims (${page.totalCount})`;
    page.nodes.forEach((c) => list.append(claimCard(c)));
    if (page.nodes.length === 0 && reset) list.append(el('p', { class: 'muted' }, 'No claims.'));
    after = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  };
  filter.addEventListener('change', () => void load(true).catch(console.error));
  more.addEventListener('click', () => void load(false).catch(console.error));
  await load(true);
  return el('section', {}, el('div', { class: 'section-head' }, heading, filter), list, more);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
