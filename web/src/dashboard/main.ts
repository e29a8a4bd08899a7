import '../shared/base.css';
import './dashboard.css';
import { actorPanel } from './actorPanel';
import { gql } from './api';
import { ContinuityView } from './continuityView';
import { byId, el } from './dom';
import { FilterPanel, networkVariables, type FilterState } from './filters';
import { NetworkView } from './networkView';
import { pairPanel } from './pairPanel';
import { PolicyView } from './policyView';
import { FIND_ACTOR, NETWORK, OVERVIEW, type DocumentSummary, type Network } from './queries';
import { SidePanel } from './sidePanel';

type ViewName = 'network' | 'policy' | 'continuity';

const status = byId('status');
const cutNotice = byId('graph-cut');
const panel = new SidePanel(() => {
  network.clearFocus();
  network.resize();
});
const network = new NetworkView({
  actor: (id) => openActor(id),
  pair: (source, target) => openPair(source, target),
  background: () => {
    network.clearFocus();
    panel.close();
    network.resize();
  },
});
const filters = new FilterPanel((state) => scheduleRefresh(state));
const policyView = new PolicyView();
const continuityView = new ContinuityView();
let current: Network = { nodes: [], edges: [], totalNodes: 0, truncated: false };
let refreshGeneration = 0;
let draws = 0;
let refreshTimer: number | undefined;

// Read by the browser tests (and handy in the console): the Cytoscape instance.
(window as unknown as { claimGraph: unknown }).claimGraph = { cy: network.cy };

function showError(error: unknown): void {
  console.error(error);
  const banner = byId('error');
  banner.textContent = `ClaimGraph API: ${(error as Error).message}`;
  banner.hidden = false;
}

/** Redraws after a short pause, so typing a year or dragging the slider sends one query, not one per step. */
function scheduleRefresh(state: FilterState): void {
  window.clearTimeout(refreshTimer);
  document.body.dataset.graph = 'loading';
  const mine = ++refreshGeneration;
  refreshTimer = window.setTimeout(() => void refresh(state, mine).catch(showError), 150);
}

/** Draws the network for a filter state; body[data-graph] turns 'ready' only when the newest request is drawn. */
async function refresh(state: FilterState, mine: number): Promise<void> {
  const { network: next } = await gql<{ network: Network }>(NETWORK, networkVariables(state));
  if (mine !== refreshGeneration) return;
  current = next;
  await network.show(next);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))); // drawn, not only laid out
  if (mine !== refreshGeneration) return;
  const pairs = new Set(next.edges.map((e) => `${e.source}|${e.target}`));
  const claims = next.edges.reduce((sum, e) => sum + e.count, 0);
  status.textContent = `${next.nodes.length} actors · ${pairs.size} pairs · ${claims} claims`;
  cutNotice.hidden = !next.truncated;
  cutNotice.textContent = next.truncated
    ? `showing ${next.nodes.length} of ${next.totalNodes} actors: those with the strongest ties; narrow the filters to see others`
    : '';
  byId('actor-names').replaceChildren(...next.nodes.map((n) => el('option', { value: n.name }, n.englishName ?? '')));
  document.body.dataset.draws = String(++draws);
  document.body.dataset.graph = 'ready';
}

function nameOf(id: string): string {
  return current.nodes.find((n) => n.id === id)?.name ?? id.replace(/^[A-Z]+:/, '');
}

// The panel takes its width first, then the graph fits the space left and centers the actor in it.
function openActor(id: string): void {
  const shown = panel.show('actor', () => actorPanel(id, openActor));
  network.resize();
  network.focus(id);
  void shown;
}

function openPair(source: string, target: string): void {
  const shown = panel.show('pair', () => pairPanel({ a: { id: source, name: nameOf(source) }, b: { id: target, name: nameOf(target) } }));
  network.resize();
  void shown;
}

/** Finds an actor by any name (美方 → 美国), centers it in the graph and opens its panel. */
async function find(text: string): Promise<void> {
  const needle = text.trim();
  if (!needle) return;
  const local = current.nodes.find((n) => n.name === needle || n.englishName?.toLowerCase() === needle.toLowerCase());
  const id = local?.id ?? (await gql<{ actor: { id: string } | null }>(FIND_ACTOR, { name: needle })).actor?.id;
  const note = byId('search-note');
  if (!id) {
    note.textContent = `No actor named “${needle}”.`;
    return;
  }
  note.textContent = current.nodes.some((n) => n.id === id) ? '' : `${nameOf(id)} is not in the network these filters draw.`;
  showView('network');
  openActor(id);
}

function showView(view: ViewName): void {
  for (const name of ['network', 'policy', 'continuity'] as ViewName[]) {
    byId(`view-${name}`).hidden = name !== view;
    document.querySelector(`[data-view="${name}"]`)?.setAttribute('aria-selected', String(name === view));
  }
  document.body.dataset.view = view;
  if (view !== 'network') panel.close();
  if (view === 'policy') void policyView.activate().catch(showError);
  if (view === 'continuity') void continuityView.activate().catch(showError);
  if (view === 'network') network.resize();
  if (location.hash.slice(1) !== view) history.replaceState(null, '', view === 'network' ? location.pathname : `#${view}`);
}

async function start(): Promise<void> {
  document.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.addEventListener('click', () => showView(b.dataset.view as ViewName)));
  const search = byId<HTMLInputElement>('search');
  // Enter searches at once; the change event the same Enter fires after it must not search (and move the view) again.
  let searchedByEnter: string | null = null;
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    searchedByEnter = search.value;
    void find(search.value).catch(showError);
  });
  search.addEventListener('change', () => {
    if (search.value !== searchedByEnter) void find(search.value).catch(showError);
    searchedByEnter = null;
  });
  byId('filters-toggle').addEventListener('click', () => {
    const open = document.body.classList.toggle('filters-open');
    byId('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  const hash = location.hash.slice(1);
  showView(hash === 'policy' || hash === 'continuity' ? hash : 'network');

  const overview = await gql<{ stats: { documents: number; claims: number }; documents: { nodes: DocumentSummary[] } }>(OVERVIEW);
  filters.showDocuments(overview.documents.nodes);
  byId('corpus').textContent = `${overview.stats.documents} documents · ${overview.stats.claims} claims`;
  await refresh(filters.current, ++refreshGeneration);
  const years = current.edges.flatMap((e) => [e.firstYear, e.lastYear]).filter((y): y is number => y !== null);
  filters.showYearBounds(years.length ? Math.min(...years) : null, years.length ? Math.max(...years) : null);
}

start().catch(showError);
