import { claimCard } from './claimCard';
import { el } from './dom';
import type { Claim, ClaimPage } from './queries';

export function claimCount(page: ClaimPage): string {
  return page.pageInfo.hasNextPage ? `${page.nodes.length} of ${page.totalCount}` : String(page.totalCount);
}

/** Claim cards, or a line saying there are none; says so when the API had more than one page. */
export function claimList(claims: Claim[], page: ClaimPage): HTMLElement {
  const list = el('div', { class: 'claims' });
  if (claims.length === 0) list.append(el('p', { class: 'muted' }, 'No claims.'));
  claims.forEach((c) => list.append(claimCard(c)));
  if (page.pageInfo.hasNextPage) list.append(el('p', { class: 'muted' }, `Showing the first ${page.nodes.length} of ${page.totalCount}; ask /graphql for the rest.`));
  return list;
}
