import { gql } from './api';
import { byId, el } from './dom';
import { pairPanel } from './pairPanel';
import { NETWORK, type Network, type NetworkNode } from './queries';
import { TYPE_STYLES } from './vocabulary';

interface PairRow {
  source: NetworkNode;
  target: NetworkNode;
  continues: number;
  changes: number;
  denied: number;
}

/** Administration against predecessor: how many claims say one continues the other, how many that it changes it. */
export class ContinuityView {
  private readonly table = byId('continuity-rows');
  private readonly claims = byId('continuity-claims');
  private loaded = false;

  async activate(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const { network } = await gql<{ network: Network }>(NETWORK, { predicates: ['CONTINUES', 'CHANGES'], includeNegated: true, minWeight: 1 });
    const nodes = new Map(network.nodes.map((n) => [n.id, n]));
    const rows = new Map<string, PairRow>();
    for (const e of network.edges) {
      const key = `${e.source}|${e.target}`;
      const row = rows.get(key) ?? { source: nodes.get(e.source)!, target: nodes.get(e.target)!, continues: 0, changes: 0, denied: 0 };
      if (e.negated) row.denied += e.count;
      else if (e.predicate === 'CONTINUES') row.continues += e.count;
      else row.changes += e.count;
      rows.set(key, row);
    }
    // Governments and leaders first (the question is about administrations), then by how much is said.
    const rank = (r: PairRow) => (isGovernment(r.source) && isGovernment(r.target) ? 0 : 1);
    const sorted = [...rows.values()].sort((a, b) => rank(a) - rank(b) || b.continues + b.changes - (a.continues + a.changes));
    const max = Math.max(1, ...sorted.map((r) => Math.max(r.continues, r.changes)));
    this.table.replaceChildren(...sorted.map((r) => this.row(r, max)));
    if (sorted.length > 0) await this.open(sorted[0]);
  }

  private row(r: PairRow, max: number): HTMLElement {
    const tr = el(
      'tr',
      { 'data-pair': `${r.source.id}|${r.target.id}`, tabindex: 0 },
      el('td', { class: 'who' }, el('span', { class: 'type-dot', style: `--c:${TYPE_STYLES[r.source.type].color}` }), r.source.name),
      el('td', { class: 'who' }, el('span', { class: 'type-dot', style: `--c:${TYPE_STYLES[r.target.type].color}` }), r.target.name),
      el('td', { class: 'diverging' },
        el('span', { class: 'left' }, el('span', { class: 'bar continues', style: `--w:${(100 * r.continues) / max}%` }), el('span', { class: 'n' }, String(r.continues))),
        el('span', { class: 'right' }, el('span', { class: 'bar changes', style: `--w:${(100 * r.changes) / max}%` }), el('span', { class: 'n' }, String(r.changes)))),
      el('td', { class: 'n' }, r.denied > 0 ? String(r.denied) : ''),
    );
    const open = () => void this.open(r);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') open();
    });
    return tr;
  }

  private async open(r: PairRow): Promise<void> {
    this.table.querySelectorAll('[aria-current]').forEach((n) => n.removeAttribute('aria-current'));
    this.table.querySelector(`[data-pair="${CSS.escape(`${r.source.id}|${r.target.id}`)}"]`)?.setAttribute('aria-current', 'true');
    this.claims.dataset.state = 'loading';
    this.claims.replaceChildren(await pairPanel({ a: r.source, b: r.target }, ['CONTINUES', 'CHANGES']));
    this.claims.dataset.state = 'ready';
  }
}

function isGovernment(n: NetworkNode): boolean {
  return n.type === 'ADMINISTRATION' || n.type === 'PERSON';
}
