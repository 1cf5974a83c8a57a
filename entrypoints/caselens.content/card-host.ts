/**
 * card-host: the one place hover cards render. One `caselens-hovercard` element on <html>, one closed
 * shadow root (page CSS can't reach in, and page scripts can't read, rewrite or click the card: only
 * this object holds the root), one React root for every card. Made on first use; React
 * itself (./card-render, shipped as the unlisted script caselens-card.js) is injected by the
 * background on the first hover, while the card's data is fetched.
 */
import cardCss from '../../assets/styles/hover-card.css?inline';
import type { CardView } from '../../lib/hover/card-view';
import { isInViewport, placeCard } from '../../lib/hover/placement';
import { CARD_RENDER_GLOBAL, type PanelTarget } from '../../lib/protocol';
import type { CardRender, CardRoot } from './card-render';
import { CARD_HOST_TAG } from './marks';

/** Clicks on "Open case timeline" closer together than this open the panel once. */
export const PANEL_CLICK_GAP_MS = 1000;

const injectedRender = () => (globalThis as Record<symbol, CardRender | undefined>)[CARD_RENDER_GLOBAL];

export class CardHost {
  private host: HTMLElement | undefined;
  private frame: HTMLDivElement | undefined;
  private root: CardRoot | undefined;
  private anchor: Element | undefined;
  private render: Promise<CardRender> | undefined;
  private renderer: CardRender | undefined;
  private lastPanelOpen = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly onOpenPanel: (target: PanelTarget) => void,
    /** Asks the background to inject the renderer script (it sets globalThis[CARD_RENDER_GLOBAL]). */
    private readonly injectRender: () => Promise<unknown>,
  ) {}

  /** The host element, when made (events from inside the card are retargeted to it). */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** Loads the React part; `show` needs it done. Throws when it can't be loaded (a later hover tries again). */
  async prepare(): Promise<void> {
    if (this.renderer) return;
    this.render ??= (async () => {
      if (!injectedRender()) await this.injectRender();
      const render = injectedRender();
      if (!render) throw new Error('CaseLens: the card renderer did not load');
      return render;
    })();
    try {
      this.renderer = await this.render;
    } catch (e) {
      this.render = undefined;
      throw e;
    }
  }

  private ensure(renderer: CardRender): { frame: HTMLDivElement; root: CardRoot } {
    if (this.frame && this.root && this.host?.isConnected) return { frame: this.frame, root: this.root };
    const host = this.doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const frame = this.doc.createElement('div');
    frame.className = 'cl-frame';
    shadow.append(style, frame);
    this.doc.documentElement.append(host);
    this.root?.unmount();
    this.host = host;
    this.frame = frame;
    this.root = renderer.createCardRoot(frame);
    return { frame, root: this.root };
  }

  /** The card's "Open case timeline": repeated clicks within PANEL_CLICK_GAP_MS open the panel once. */
  private readonly openPanel = (target: PanelTarget): void => {
    const now = performance.now();
    if (now - this.lastPanelOpen < PANEL_CLICK_GAP_MS) return;
    this.lastPanelOpen = now;
    this.onOpenPanel(target);
  };

  /** Renders the card for `view` next to `anchor` (after `prepare`). */
  show(view: CardView, anchor: Element, now: Date): void {
    if (!this.renderer) throw new Error('CardHost.show before prepare');
    const { frame, root } = this.ensure(this.renderer);
    this.anchor = anchor;
    root.show(view, now, this.openPanel);
    frame.dataset.shown = 'true';
    this.reposition();
  }

  /** Follows the name (after a scroll or resize); false when the name left the viewport. */
  reposition(): boolean {
    const win = this.doc.defaultView;
    if (!this.frame || !this.anchor || !win) return false;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const rect = this.anchor.getBoundingClientRect();
    if (!this.anchor.isConnected || !isInViewport(rect, viewport)) return false;
    this.frame.style.removeProperty('--cl-room');
    const card = this.frame.getBoundingClientRect();
    const p = placeCard(rect, { width: card.width, height: card.height }, viewport);
    // The card scrolls inside the room it has (CSS reads --cl-room).
    this.frame.style.setProperty('--cl-room', `${Math.floor(p.maxHeight)}px`);
    this.frame.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
    this.frame.dataset.side = p.side;
    return true;
  }

  hide(): void {
    if (!this.frame || !this.root) return;
    this.frame.dataset.shown = 'false';
    this.anchor = undefined;
    this.root.clear();
  }

  /** Focus moves into the card (Tab from the name), to its first control. */
  contains(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  destroy(): void {
    this.root?.unmount();
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
    this.root = undefined;
  }
}
