import { gql } from './api';
import { claimCount, claimList } from './claimList';
import { byId, el } from './dom';
import { POLICIES, POLICY, STANCE_CLAIMS, type ClaimPage, type PolicyDetail, type Predicate, type Stance } from './queries';

interface PolicySummary {
  id: string;
  name: string;
  englishName: string | null;
  claimCount: number;
  aliases: { text: string }[];
}

/** Supporters against opponents of one policy (RCEP, 印太战略 …), with the claims behind each stance. */
export class PolicyView {
  private readonly list = byId('policy-items');
  private readonly detail = byId('policy-detail');
  private readonly search = byId<HTMLInputElement>('policy-search');
  private policies: PolicySummary[] = [];
  private loaded = false;

  constructor() {
    this.search.addEventListener('input', () => this.renderList());
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && this.search.value.trim()) void this.open(this.search.value.trim());
    });
    this.list.addEventListener('click', (e) => {
      const id = (e.target as HTMLElement).closest<HTMLElement>('[data-policy]')?.dataset.policy;
      if (id) void this.open(id);
    });
  }

  /** Loads the policy list the first time the view is shown, and opens the most-discussed policy. */
  async activate(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    let after: string | null = null;
    do {
      const data: { actors: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: PolicySummary[] } } = await gql(POLICIES, { after });
      this.policies.push(...data.actors.nodes);
      after = data.actors.pageInfo.hasNextPage ? data.actors.pageInfo.endCursor : null;
    } while (after);
    this.policies.sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name, 'zh'));
    this.renderList();
    if (this.policies.length > 0) await this.open(this.policies[0].id);
  }

  /** Opens a policy by id or any of its names (RCEP finds 区域全面经济伙伴关系协定). */
  async open(idOrName: string): Promise<void> {
    this.detail.dataset.state = 'loading';
    const { policy } = await gql<{ policy: PolicyDetail | null }>(POLICY, { name: idOrName });
    if (!policy) {
      this.detail.replaceChildren(el('p', { class: 'error' }, `No policy named “${idOrName}”.`));
      this.detail.dataset.state = 'ready';
      return;
    }
    this.list.querySelectorAll('[aria-current]').forEach((n) => n.removeAttribute('aria-current'));
    this.list.querySelector(`[data-policy="${CSS.escape(policy.id)}"]`)?.setAttribute('aria-current', 'true');
    const claims = el('div', { class: 'stance-claims', id: 'policy-claims' }, el('p', { class: 'muted' }, 'Pick an actor above to read the claims behind its stance.'));
    const column = (title: string, cls: string, stances: Stance[], predicate: Predicate) =>
      el('section', { class: `stance-column ${cls}`, 'data-stance': predicate }, el('h3', {}, `${title} (${stances.length})`), this.bars(policy, stances, predicate, claims));
    this.detail.replaceChildren(
      el('h2', {}, policy.name, policy.englishName && el('small', {}, ` ${policy.englishName}`)),
      el(
        'p',
        { class: 'muted' },
        `${policy.claimCount} claims`,
        policy.aliases.length > 1 ? ` · also ${policy.aliases.map((a) => a.text).filter((t) => t !== policy.name).join('、')}` : '',
        policy.qid ? ' · ' : '',
        policy.qid && el('a', { href: `https://www.wikidata.org/wiki/${policy.qid}`, target: '_blank', rel: 'noopener' }, policy.qid),
      ),
      el('div', { class: 'versus' }, column('支持 Supporters', 'supporters', policy.supporters, 'SUPPORTS'), column('反对 Opponents', 'opponents', policy.opponents, 'OPPOSES')),
      el('div', { class: 'versus minor' }, column('延续 Continue it', 'continuations', policy.continuations, 'CONTINUES'), column('改变 Change it', 'changes', policy.changes, 'CHANGES')),
      claims,
    );
    this.detail.dataset.state = 'ready';
  }

  private bars(policy: PolicyDetail, stances: Stance[], predicate: Predicate, target: HTMLElement): HTMLElement {
    const max = Math.max(1, ...stances.map((s) => s.claims));
    const list = el('ol', { class: 'stance-bars' });
    if (stances.length === 0) list.append(el('li', { class: 'muted' }, 'None in the corpus.'));
    for (const s of stances) {
      const button = el('button', { type: 'button', class: 'link', 'data-actor': s.other.id }, s.other.name);
      button.addEventListener('click', () => void this.showClaims(s.other, policy, predicate, target));
      list.append(el('li', {}, button, el('span', { class: 'bar', style: `--w:${(100 * s.claims) / max}%` }), el('span', { class: 'n' }, String(s.claims))));
    }
    return list;
  }

  private async showClaims(actor: { id: string; name: string }, policy: PolicyDetail, predicate: Predicate, target: HTMLElement): Promise<void> {
    target.replaceChildren(el('p', { class: 'loading' }, 'Loading…'));
    const { claims } = await gql<{ claims: ClaimPage }>(STANCE_CLAIMS, { subject: actor.id, object: policy.id, predicate });
    target.replaceChildren(el('h3', {}, `${actor.name} ${predicate.toLowerCase()} ${policy.name} (${claimCount(claims)})`), claimList(claims.nodes, claims));
  }

  private renderList(): void {
    const needle = this.search.value.trim().toLowerCase();
    const matches = (p: PolicySummary) =>
      [p.name, p.englishName ?? '', ...p.aliases.map((a) => a.text)].some((name) => name.toLowerCase().includes(needle));
    const shown = this.policies.filter((p) => !needle || matches(p));
    this.list.replaceChildren(
      ...shown.map((p) =>
        el('li', {}, el('button', { type: 'button', 'data-policy': p.id, title: p.englishName ?? '' }, el('span', {}, p.name), el('span', { class: 'n' }, String(p.claimCount)))),
      ),
    );
  }
}
