/**
 * card-host's React part. It is not in the content script: it ships as the unlisted script
 * entrypoints/caselens-card.tsx, which the background injects on the first hover (card-host.ts).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { HoverCard } from '../../components/hover-card';
import type { CardView } from '../../lib/hover/card-view';
import type { PanelTarget } from '../../lib/protocol';

export interface CardRoot {
  /** Renders the card synchronously (card-host measures it right after). */
  show(view: CardView, now: Date, onOpenPanel: (target: PanelTarget) => void): void;
  clear(): void;
  unmount(): void;
}

/** What the injected script hands the content script (on globalThis[CARD_RENDER_GLOBAL]). */
export interface CardRender {
  createCardRoot(frame: HTMLElement): CardRoot;
}

export function createCardRoot(frame: HTMLElement): CardRoot {
  const root = createRoot(frame);
  return {
    show: (view, now, onOpenPanel) => flushSync(() => root.render(<HoverCard view={view} now={now} onOpenPanel={onOpenPanel} />)),
    clear: () => root.render(null),
    unmount: () => root.unmount(),
  };
}
