/**
 * card-host's React part, loaded on the first hover (card-host imports it lazily): a page that is only
 * scanned never evaluates React.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { HoverCard } from '../../components/hover-card';
import type { CardView } from '../../lib/hover/card-view';

export interface CardRoot {
  /** Renders the card synchronously (card-host measures it right after). */
  show(view: CardView, now: Date, onOpenTimeline: (caseId: string) => void): void;
  clear(): void;
  unmount(): void;
}

export function createCardRoot(frame: HTMLElement): CardRoot {
  const root = createRoot(frame);
  return {
    show: (view, now, onOpenTimeline) => flushSync(() => root.render(<HoverCard view={view} now={now} onOpenTimeline={onOpenTimeline} />)),
    clear: () => root.render(null),
    unmount: () => root.unmount(),
  };
}
