import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ensureGlyphs } from '../shared/fonts';
import { byId } from './dom';
import { aggregate, edgeElement, fmt, nodeElement } from './networkElements';
import { networkStyle } from './networkStyle';
import type { Network, Predicate } from './queries';
import { PREDICATE_LABELS, TYPE_STYLES } from './vocabulary';

cytoscape.use(fcose);

export interface NetworkEvents {
  actor(id: string): void;
  pair(sourceId: string, targetId: string): void;
  background(): void;
}

/** The actor network on a canvas (Cytoscape.js with the fCoSE force layout), redrawn as filters change. */
export class NetworkView {
  readonly cy: Core;
  private readonly container = byId('graph');
  private readonly tooltip = byId('graph-tooltip');
  private drawnOnce = false;

  constructor(private readonly events: NetworkEvents) {
    this.cy = cytoscape({
      container: this.container,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      style: networkStyle(),
    });
    this.cy.on('tap', 'node', (e: EventObject) => {
      this.tooltip.hidden = true;
      this.events.actor(e.target.id());
    });
    this.cy.on('tap', 'edge', (e: EventObject) => {
      this.tooltip.hidden = true;
      this.events.pair(e.target.data('source'), e.target.data('target'));
    });
    this.cy.on('tap', (e: EventObject) => {
      if (e.target === this.cy) this.events.background();
    });
    this.cy.on('mouseover', 'node', (e: EventObject) => this.hover(e.target as NodeSingular, e));
    this.cy.on('mouseover', 'edge', (e: EventObject) => this.showTooltip(this.edgeSummary(e.target.data()), e));
    this.cy.on('mouseout', 'node, edge', () => this.unhover());
  }

  async show(network: Network): Promise<void> {
    // Labels are drawn on a canvas: the CJK web font must be loaded before the first draw, or Han characters
    // come out as empty boxes on machines without a CJK system font.
    await ensureGlyphs(network.nodes.map((n) => n.name).join(''));
    const edges = aggregate(network.edges);
    const weight = new Map<string, number>();
    for (const e of edges) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
    }
    const previous = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const elements: ElementDefinition[] = [
      ...network.nodes.map((n) => nodeElement(n.id, n.name, n.englishName, n.type, n.claims, weight.get(n.id) ?? 0)),
      ...edges.map((e) => edgeElement(e)),
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    const known = this.cy.nodes().filter((n) => previous.has(n.id()));
    for (const node of known) node.position(previous.get(node.id())!);
    byId('graph-empty').hidden = network.nodes.length > 0;
    const randomize = !this.drawnOnce || known.length < this.cy.nodes().length / 2;
    await this.layout(randomize);
    this.drawnOnce = true;
  }

  /** Centers an actor and selects it; false when it is not in the current network. */
  focus(id: string): boolean {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    this.cy.elements().unselect();
    node.select();
    this.emphasize(node as NodeSingular);
    const zoom = Math.max(this.cy.zoom(), 1.3);
    const at = node.position();
    this.cy.animate({ zoom, pan: { x: this.cy.width() / 2 - at.x * zoom, y: this.cy.height() / 2 - at.y * zoom } }, { duration: 300 });
    return true;
  }

  clearFocus(): void {
    this.cy.elements().unselect();
    this.cy.elements().removeClass('faded');
  }

  resize(): void {
    this.cy.resize();
  }

  private layout(randomize: boolean): Promise<void> {
    return new Promise((resolve) => {
      const layout = this.cy.layout({
        name: 'fcose',
        quality: 'default',
        randomize,
        animate: false,
        fit: true,
        padding: 24,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        // Hubs push harder and keep their edges longer, so the dense middle of the alliance network opens up.
        nodeRepulsion: (n: NodeSingular) => 9000 + 4000 * Math.sqrt(n.data('inView') as number),
        idealEdgeLength: (e: cytoscape.EdgeSingular) =>
          60 + 6 * Math.sqrt((e.source().data('inView') as number) + (e.target().data('inView') as number)),
        edgeElasticity: () => 0.35,
        gravity: 0.3,
        numIter: 2500,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  private hover(node: NodeSingular, e: EventObject): void {
    if (this.cy.$(':selected').empty()) this.emphasize(node);
    const d = node.data();
    this.showTooltip(`${d.name}${d.englishName ? ` · ${d.englishName}` : ''}\n${TYPE_STYLES[d.type as keyof typeof TYPE_STYLES].label} · ${d.inView} claims in view, ${d.claims} in all`, e);
  }

  private unhover(): void {
    this.tooltip.hidden = true;
    const selected = this.cy.$('node:selected');
    if (selected.empty()) this.cy.elements().removeClass('faded');
    else this.emphasize(selected.first() as NodeSingular);
  }

  private emphasize(node: NodeSingular): void {
    const near = node.closedNeighborhood();
    this.cy.elements().addClass('faded');
    near.removeClass('faded');
  }

  private showTooltip(text: string, e: EventObject): void {
    const position = e.renderedPosition ?? { x: 0, y: 0 };
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${Math.max(4, Math.min(position.x + 14, this.container.clientWidth - this.tooltip.offsetWidth - 4))}px`;
    this.tooltip.style.top = `${Math.min(position.y + 14, this.container.clientHeight - this.tooltip.offsetHeight - 4)}px`;
  }

  private edgeSummary(d: Record<string, unknown>): string {
    const from = this.cy.getElementById(d.source as string).data('name');
    const to = this.cy.getElementById(d.target as string).data('name');
    const parts = (d.predicates as [Predicate, number][]).map(([p, n]) => `${PREDICATE_LABELS[p]} ×${n}`);
    return `${from} → ${to}${d.negated ? ' (denied)' : ''}\n${parts.join(' · ')}\ncooperation ${fmt(d.cooperation as number)} · conflict ${fmt(d.conflict as number)}`;
  }
}
