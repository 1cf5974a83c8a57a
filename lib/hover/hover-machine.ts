/**
 * The hover card as a small state machine (after Wikipedia Page Previews): a pure reducer.
 *
 *   idle --enter--> pending --dwell--> loading --loaded--> open --leave--> closing --grace--> idle
 *                      \--leave--> idle              closing --enter(same)/enterCard--> open
 *   any --dismiss--> idle
 *
 * Every hover gets a token; a timer or a result carrying an older token is dropped. The glue owns the
 * timers: it starts the dwell timer on entering `pending` and the grace timer on entering `closing`.
 * `A` is whatever identifies the hovered name (a DOM element in the content script, a string in tests).
 */

/** About Page Previews' 300 ms: time to move the pointer from the name into the card. */
export const HIDE_GRACE_MS = 300;

export type HoverVia = 'pointer' | 'focus';

export type HoverState<A> =
  | { phase: 'idle'; token: number }
  | { phase: 'pending' | 'loading'; token: number; anchor: A; entityId: string; via: HoverVia }
  | { phase: 'open' | 'closing'; token: number; anchor: A; entityId: string; via: HoverVia };

export type HoverAction<A> =
  /** Pointer or focus arrived on a name. */
  | { type: 'enter'; anchor: A; entityId: string; via: HoverVia }
  /** The dwell timer of hover `token` ran out. */
  | { type: 'dwell'; token: number }
  /** The card's data for hover `token` is ready. */
  | { type: 'loaded'; token: number }
  /** Pointer or focus left the name or the card. */
  | { type: 'leave' }
  /** Pointer or focus arrived on the card. */
  | { type: 'enterCard' }
  /** The grace timer of hover `token` ran out. */
  | { type: 'grace'; token: number }
  /** Escape, a click elsewhere, scrolling the name away, or the page going away. */
  | { type: 'dismiss' };

export function initialHoverState<A>(): HoverState<A> {
  return { phase: 'idle', token: 0 };
}

export function hoverReducer<A>(state: HoverState<A>, action: HoverAction<A>): HoverState<A> {
  switch (action.type) {
    case 'enter': {
      if (state.phase !== 'idle' && state.anchor === action.anchor) {
        return state.phase === 'closing' ? { ...state, phase: 'open' } : state;
      }
      const { anchor, entityId, via } = action;
      return { phase: 'pending', token: state.token + 1, anchor, entityId, via };
    }
    case 'dwell':
      return state.phase === 'pending' && state.token === action.token ? { ...state, phase: 'loading' } : state;
    case 'loaded':
      return state.phase === 'loading' && state.token === action.token ? { ...state, phase: 'open' } : state;
    case 'leave':
      if (state.phase === 'pending' || state.phase === 'loading') return { phase: 'idle', token: state.token };
      return state.phase === 'open' ? { ...state, phase: 'closing' } : state;
    case 'enterCard':
      return state.phase === 'closing' ? { ...state, phase: 'open' } : state;
    case 'grace':
      return state.phase === 'closing' && state.token === action.token ? { phase: 'idle', token: state.token } : state;
    case 'dismiss':
      return state.phase === 'idle' ? state : { phase: 'idle', token: state.token };
  }
}

/** Whether the card is on screen in this state. */
export function isCardShown<A>(state: HoverState<A>): boolean {
  return state.phase === 'open' || state.phase === 'closing';
}
