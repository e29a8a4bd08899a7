import type { EntityType, Modality, Predicate } from './queries';

/** The four predicate classes the filters offer; together they hold each of the eight predicates once. */
export const PREDICATE_CLASSES: { key: string; label: string; predicates: Predicate[] }[] = [
  { key: 'cooperation', label: '合作 Cooperation', predicates: ['COOPERATES', 'ENGAGES'] },
  { key: 'conflict', label: '冲突 Conflict', predicates: ['CONFRONTS', 'COMPETES'] },
  { key: 'continuity', label: '延续 Continuity', predicates: ['CONTINUES', 'CHANGES'] },
  { key: 'stance', label: '立场 Stance', predicates: ['SUPPORTS', 'OPPOSES'] },
];

export const PREDICATE_LABELS: Record<Predicate, string> = {
  COOPERATES: '合作 cooperates with',
  ENGAGES: '接触 engages',
  CONFRONTS: '对抗 confronts',
  COMPETES: '竞争 competes with',
  CONTINUES: '延续 continues',
  CHANGES: '改变 changes',
  SUPPORTS: '支持 supports',
  OPPOSES: '反对 opposes',
};

export const MODALITIES: { key: Modality; label: string }[] = [
  { key: 'ASSERTED', label: '断言 Asserted' },
  { key: 'PREDICTED', label: '预测 Predicted' },
  { key: 'PRESCRIBED', label: '主张 Prescribed' },
  { key: 'HYPOTHETICAL', label: '假设 Hypothetical' },
];

export const MODALITY_LABELS: Record<Modality, string> = {
  ASSERTED: 'asserted',
  PREDICTED: 'predicted',
  PRESCRIBED: 'prescribed',
  HYPOTHETICAL: 'hypothetical',
};

/** Node look per actor type: shape and color both differ, so the legend reads without color vision too. */
export const TYPE_STYLES: Record<EntityType, { label: string; shape: string; color: string }> = {
  COUNTRY: { label: '国家 Country', shape: 'ellipse', color: '#3b6fc4' },
  ORGANIZATION: { label: '组织 Organization', shape: 'hexagon', color: '#7b4fb8' },
  ADMINISTRATION: { label: '政府 Administration', shape: 'diamond', color: '#d9822b' },
  PERSON: { label: '人物 Person', shape: 'round-triangle', color: '#1f9a8a' },
  POLICY: { label: '政策 Policy', shape: 'round-rectangle', color: '#8c7a5b' },
};

const GREEN = [26, 152, 80];
const YELLOW = [240, 200, 60];
const RED = [215, 48, 39];
export const NEUTRAL = '#8a8f98';

/** Green for cooperation, red for conflict, through yellow for a mix; gray when the claims weigh neither. */
export function relationColor(cooperation: number, conflict: number): string {
  const total = cooperation + conflict;
  if (total <= 0) return NEUTRAL;
  const t = conflict / total;
  const [from, to, u] = t < 0.5 ? [GREEN, YELLOW, t * 2] : [YELLOW, RED, (t - 0.5) * 2];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * u));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}
