import { byId, el } from './dom';
import type { DocumentSummary, Modality, Predicate } from './queries';
import { MODALITIES, PREDICATE_CLASSES } from './vocabulary';

export interface FilterState {
  classes: Set<string>;
  modalities: Set<Modality>;
  includeNegated: boolean;
  from: number | null;
  to: number | null;
  minClaims: number;
  document: string | null;
}

export function defaultFilters(): FilterState {
  return {
    classes: new Set(PREDICATE_CLASSES.map((c) => c.key)),
    modalities: new Set(MODALITIES.map((m) => m.key)),
    includeNegated: false,
    from: null,
    to: null,
    minClaims: 1,
    document: null,
  };
}

/** The network query's variables for a filter state. */
export function networkVariables(state: FilterState): Record<string, unknown> {
  const predicates: Predicate[] = PREDICATE_CLASSES.filter((c) => state.classes.has(c.key)).flatMap((c) => c.predicates);
  return {
    predicates,
    modalities: [...state.modalities],
    includeNegated: state.includeNegated,
    from: state.from,
    to: state.to,
    document: state.document,
    minWeight: state.minClaims,
  };
}

/** The filter sidebar: builds its controls and reports every change with the whole new state. */
export class FilterPanel {
  private state = defaultFilters();

  constructor(private readonly onChange: (state: FilterState) => void) {
    this.buildCheckboxes();
    byId<HTMLInputElement>('f-negated').addEventListener('change', (e) => this.set({ includeNegated: (e.target as HTMLInputElement).checked }));
    for (const id of ['f-from', 'f-to']) byId<HTMLInputElement>(id).addEventListener('input', () => this.readYears());
    const min = byId<HTMLInputElement>('f-min');
    min.addEventListener('input', () => {
      byId('f-min-value').textContent = min.value;
      this.set({ minClaims: Number(min.value) });
    });
    byId<HTMLSelectElement>('f-document').addEventListener('change', (e) => this.set({ document: (e.target as HTMLSelectElement).value || null }));
    byId('f-reset').addEventListener('click', () => this.reset());
  }

  get current(): FilterState {
    return this.state;
  }

  showDocuments(documents: DocumentSummary[]): void {
    const select = byId<HTMLSelectElement>('f-document');
    for (const d of documents)
      select.appendChild(el('option', { value: d.id }, d.title ? `${d.title} (${d.name})` : d.name));
  }

  /** The years the claims name, as hints for the year inputs. */
  showYearBounds(first: number | null, last: number | null): void {
    for (const id of ['f-from', 'f-to']) {
      const input = byId<HTMLInputElement>(id);
      if (first !== null) input.min = String(first);
      if (last !== null) input.max = String(last);
      input.placeholder = id === 'f-from' ? String(first ?? '') : String(last ?? '');
    }
  }

  private buildCheckboxes(): void {
    const classes = byId('f-classes');
    for (const c of PREDICATE_CLASSES) {
      const box = el('input', { type: 'checkbox', value: c.key, checked: true, 'data-class': c.key });
      box.addEventListener('change', () => this.toggle(this.state.classes, c.key, box.checked));
      classes.appendChild(el('label', { class: `check class-${c.key}` }, box, el('span', { class: 'swatch' }), c.label));
    }
    const modalities = byId('f-modality');
    for (const m of MODALITIES) {
      const box = el('input', { type: 'checkbox', value: m.key, checked: true, 'data-modality': m.key });
      box.addEventListener('change', () => this.toggle(this.state.modalities as Set<string>, m.key, box.checked));
      modalities.appendChild(el('label', { class: 'check' }, box, m.label));
    }
  }

  private toggle(set: Set<string>, key: string, on: boolean): void {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    this.set(set === this.state.classes ? { classes: next } : { modalities: next as Set<Modality> });
  }

  private readYears(): void {
    const read = (id: string) => {
      const value = byId<HTMLInputElement>(id).value.trim();
      return value === '' ? null : Number.parseInt(value, 10);
    };
    const from = read('f-from');
    const to = read('f-to');
    const error = byId('f-year-error');
    if (from !== null && to !== null && from > to) {
      error.textContent = `${from} is after ${to}`;
      return;
    }
    error.textContent = '';
    this.set({ from, to });
  }

  private reset(): void {
    this.state = defaultFilters();
    document.querySelectorAll<HTMLInputElement>('#f-classes input, #f-modality input').forEach((b) => (b.checked = true));
    byId<HTMLInputElement>('f-negated').checked = false;
    byId<HTMLInputElement>('f-from').value = '';
    byId<HTMLInputElement>('f-to').value = '';
    byId<HTMLInputElement>('f-min').value = '1';
    byId('f-min-value').textContent = '1';
    byId<HTMLSelectElement>('f-document').value = '';
    byId('f-year-error').textContent = '';
    this.onChange(this.state);
  }

  private set(change: Partial<FilterState>): void {
    this.state = { ...this.state, ...change };
    this.onChange(this.state);
  }
}
