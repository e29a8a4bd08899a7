import { byId, el } from './dom';

/** The side panel (a bottom sheet on phones): one piece of content at a time, the newest request wins. */
export class SidePanel {
  private readonly panel = byId('panel');
  private readonly body = byId('panel-body');
  private generation = 0;

  constructor(onClose: () => void) {
    byId('panel-close').addEventListener('click', () => {
      this.close();
      onClose();
    });
  }

  /** Shows what the loader builds; an older load that finishes later is dropped. */
  async show(kind: string, load: () => Promise<HTMLElement>): Promise<void> {
    const mine = ++this.generation;
    this.panel.hidden = false;
    this.panel.dataset.kind = kind;
    this.panel.dataset.state = 'loading';
    this.body.replaceChildren(el('p', { class: 'loading' }, '加载中 Loading…'));
    document.body.classList.add('panel-open');
    try {
      const content = await load();
      if (mine !== this.generation) return;
      this.body.replaceChildren(content);
      this.body.scrollTop = 0;
      this.panel.dataset.state = 'ready';
    } catch (error) {
      if (mine !== this.generation) return;
      console.error(error);
      this.body.replaceChildren(el('p', { class: 'error' }, `Could not load: ${(error as Error).message}`));
      this.panel.dataset.state = 'error';
    }
  }

  close(): void {
    this.generation++;
    this.panel.hidden = true;
    document.body.classList.remove('panel-open');
  }
}
