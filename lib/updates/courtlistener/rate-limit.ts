/**
 * CourtListener's rate limits as a small state machine: at most one request every 20 s, at most
 * `DAILY_LIMIT` a day (it allows authenticated users about 125), and an exponential backoff with a
 * cap after a 429, a 5xx or a network failure. Pure transitions over a stored state.
 */
export const MIN_INTERVAL_MS = 20_000;
/** Below CourtListener's ~125 a day, leaving room for the user's own use of their token. */
export const DAILY_LIMIT = 100;
/** First wait after a failure; doubled per consecutive failure up to the cap. */
export const BASE_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

export interface RateState {
  /** YYYY-MM-DD (UTC) the counter belongs to. */
  day: string;
  countToday: number;
  /** No request before this time (epoch ms). */
  notBefore: number;
  /** Consecutive failures, for the backoff. */
  failures: number;
}

export const INITIAL_RATE_STATE: RateState = { day: '', countToday: 0, notBefore: 0, failures: 0 };

const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

export type Permit = { ok: true } | { ok: false; reason: 'wait' | 'daily-limit'; retryAt: number };

export function mayRequest(state: RateState, now: number): Permit {
  if (now < state.notBefore) return { ok: false, reason: 'wait', retryAt: state.notBefore };
  if (state.day === dayOf(now) && state.countToday >= DAILY_LIMIT) {
    return { ok: false, reason: 'daily-limit', retryAt: Date.parse(`${state.day}T00:00:00Z`) + 24 * 60 * 60 * 1000 };
  }
  return { ok: true };
}

/** A request is being sent now. */
export function requested(state: RateState, now: number): RateState {
  const day = dayOf(now);
  const countToday = state.day === day ? state.countToday + 1 : 1;
  return { ...state, day, countToday, notBefore: Math.max(state.notBefore, now + MIN_INTERVAL_MS) };
}

export function backoffMs(failures: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** Whether a response status (or 0 for a network failure or timeout) calls for a backoff. */
export const isRetryable = (status: number): boolean => status === 0 || status === 429 || status >= 500;

/** The response came back (`status` 0 for a network failure); `retryAfterMs` from a Retry-After header. */
export function responded(state: RateState, status: number, now: number, retryAfterMs = 0): RateState {
  if (!isRetryable(status)) return { ...state, failures: 0 };
  const failures = state.failures + 1;
  const wait = Math.min(Math.max(backoffMs(failures), retryAfterMs), MAX_BACKOFF_MS);
  return { ...state, failures, notBefore: Math.max(state.notBefore, now + wait) };
}

/** A stored state of any shape, or the initial state. */
export function readRateState(stored: unknown): RateState {
  const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  return { day: typeof s.day === 'string' ? s.day : '', countToday: num(s.countToday), notBefore: num(s.notBefore), failures: num(s.failures) };
}

/** The token was refused (401/403): wait the longest backoff rather than spend the daily budget on it. */
export function refused(state: RateState, now: number): RateState {
  return { ...state, failures: state.failures + 1, notBefore: Math.max(state.notBefore, now + MAX_BACKOFF_MS) };
}
