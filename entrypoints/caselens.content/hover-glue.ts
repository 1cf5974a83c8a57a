/**
 * hover glue (marks -> card): one delegated set of listeners on the document drives the pure hover
 * reducer (lib/hover/hover-machine); this module only runs its timers, asks for the card's data (async:
 * the `loading` phase, its result tagged with the hover's token) and shows or hides the card.
 * Keyboard focus behaves like hover; Enter, Space or a click opens at once; Escape dismisses and
 * gives focus back to the name when the card had it (WCAG 1.4.13). Events a page makes up are ignored.
 */
import type { CardView } from '../../lib/hover/card-view';
import { HIDE_GRACE_MS, hoverReducer, initialHoverState, isCardShown, type HoverAction } from '../../lib/hover/hover-machine';
import type { CardHost } from './card-host';
import { entityOf, markOf } from './marks';

export interface HoverOptions {
  doc: Document;
  signal: AbortSignal;
  host: CardHost;
  /** The user's dwell time before a card shows. */
  delayMs: () => number;
  /** The card's data (from the background); null when the id is unknown. */
  viewFor: (entityId: string) => Promise<CardView | null | undefined>;
}

export function startHover({ doc, signal, host, delayMs, viewFor }: HoverOptions): void {
  let state = initialHoverState<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number, action: HoverAction<HTMLElement>) => {
    clearTimeout(timer);
    timer = setTimeout(() => dispatch(action), ms);
  };

  function dispatch(action: HoverAction<HTMLElement>): void {
    const prev = state;
    const next = hoverReducer(prev, action);
    if (next === prev) return;
    state = next;
    if (isCardShown(prev) && !isCardShown(next)) host.hide();
    if (next.phase === 'idle') clearTimeout(timer);
    else if (next.phase === 'pending' && (prev.phase !== 'pending' || prev.token !== next.token)) {
      later(delayMs(), { type: 'dwell', token: next.token });
    } else if (next.phase === 'loading') {
      clearTimeout(timer);
      void load(next.token, next.entityId, next.anchor);
    } else if (next.phase === 'closing' && prev.phase !== 'closing') {
      later(HIDE_GRACE_MS, { type: 'grace', token: next.token });
    } else if (next.phase === 'open') clearTimeout(timer);
  }

  /** Asks for the card's data; a result for an older hover (or after a dismiss) is dropped. */
  async function load(token: number, entityId: string, anchor: HTMLElement): Promise<void> {
    const [view, ready] = await Promise.all([
      viewFor(entityId).catch(() => null),
      host.prepare().then(
        () => true,
        () => false,
      ),
    ]);
    if (signal.aborted || state.phase !== 'loading' || state.token !== token) return;
    if (!view || !ready) return dispatch({ type: 'dismiss' });
    host.show(view, anchor, new Date());
    dispatch({ type: 'loaded', token });
  }

  const isHost = (t: EventTarget | null) => t !== null && t === host.element;
  const enter = (mark: HTMLElement, via: 'pointer' | 'focus') =>
    dispatch({ type: 'enter', anchor: mark, entityId: entityOf(mark) ?? '', via });
  const openNow = (mark: HTMLElement) => {
    enter(mark, 'focus');
    if (state.phase === 'pending') dispatch({ type: 'dwell', token: state.token });
  };
  /** Leaving `from` for `to`: ignored when it stays on the current name or the card. */
  const leave = (from: EventTarget | null, to: EventTarget | null) => {
    if (state.phase === 'idle') return;
    const fromOurs = isHost(from) || markOf(from) === state.anchor;
    const toOurs = isHost(to) || markOf(to) === state.anchor;
    if (fromOurs && !toOurs) dispatch({ type: 'leave' });
  };

  // Only the reader's own input counts: an event a page made up (dispatchEvent, el.click()) has
  // isTrusted false and is ignored, so a page can't open, drive or dismiss the card.
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, (e) => e.isTrusted && fn(e), { capture: true, passive: type !== 'keydown', signal });

  on('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark) enter(mark, 'pointer');
    else if (isHost(e.target)) dispatch({ type: 'enterCard' });
  });
  on('pointerout', (e) => leave(e.target, e.relatedTarget));
  on('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) enter(mark, 'focus');
    else if (isHost(e.target)) dispatch({ type: 'enterCard' });
  });
  on('focusout', (e) => leave(e.target, e.relatedTarget));
  on('click', (e) => {
    const mark = markOf(e.target);
    if (mark) openNow(mark);
    else if (!isHost(e.target) && isCardShown(state)) dispatch({ type: 'dismiss' });
  });
  on('keydown', (e) => {
    if (e.key === 'Escape' && state.phase !== 'idle') {
      const anchor = state.anchor;
      const focusInCard = isHost(doc.activeElement);
      dispatch({ type: 'dismiss' });
      if (focusInCard || doc.activeElement === anchor) anchor.focus({ preventScroll: true });
      return;
    }
    const mark = markOf(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      openNow(mark);
    }
  });
  const follow = (e: Event) => {
    if (e.isTrusted && isCardShown(state) && !host.reposition()) dispatch({ type: 'dismiss' });
  };
  doc.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', follow, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    host.destroy();
  });
}
