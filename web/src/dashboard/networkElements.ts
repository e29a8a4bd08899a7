import type { ElementDefinition } from 'cytoscape';
import type { NetworkEdge, Predicate } from './queries';
import { relationColor, TYPE_STYLES } from './vocabulary';

/** One drawn edge: the relations of an ordered pair that pass the filters, asserted and denied kept apart. */
export interface DrawnEdge {
  source: string;
  target: string;
  negated: boolean;
  count: number;
  cooperation: number;
  conflict: number;
  byPredicate: Map<Predicate, number>;
}

export function aggregate(edges: NetworkEdge[]): DrawnEdge[] {
  const drawn = new Map<string, DrawnEdge>();
  for (const e of edges) {
    const key = `${e.source}\u0000${e.target}\u0000${e.negated}`;
    let d = drawn.get(key);
    if (!d) {
      d = { source: e.source, target: e.target, negated: e.negated, count: 0, cooperation: 0, conflict: 0, byPredicate: new Map() };
      drawn.set(key, d);
    }
    d.count += e.count;
    d.cooperation += e.cooperation;
    d.conflict += e.conflict;
    d.byPredicate.set(e.predicate, (d.byPredicate.get(e.predicate) ?? 0) + e.count);
  }
  return [...drawn.values()];
}

export function nodeElement(id: string, name: string, englishName: string | null, type: keyof typeof TYPE_STYLES, claims: number, inView: number): ElementDefinition {
  const style = TYPE_STYLES[type];
  const root = Math.sqrt(Math.max(inView, 1));
  return {
    group: 'nodes',
    data: {
      id, name, englishName, type, claims, inView,
      shape: style.shape,
      color: style.color,
      size: Math.min(14 + 7 * root, 90),
      fontSize: Math.min(10 + 2.6 * root, 38),
      z: Math.round(inView),
    },
  };
}

export function edgeElement(e: DrawnEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: `${e.source}->${e.target}${e.negated ? ' (denied)' : ''}`,
      source: e.source,
      target: e.target,
      negated: e.negated,
      count: e.count,
      cooperation: e.cooperation,
      conflict: e.conflict,
      predicates: [...e.byPredicate.entries()].sort((a, b) => b[1] - a[1]),
      color: relationColor(e.cooperation, e.conflict),
      width: Math.min(1 + 1.6 * Math.sqrt(e.count), 12),
    },
  };
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
