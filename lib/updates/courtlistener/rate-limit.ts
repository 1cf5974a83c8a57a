/**
 * CourtListener's rate limits as a small state machine over a stored state: the times of the requests
 * sent in the last day (rolling windows, as CourtListener counts them), a minimum spacing, and an
 * exponential backoff after every failed outcome. Pure transitions; the caller stores the state.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface RateWindow {
  ms: number;
  max: number;
}

export interface RatePolicy {
  /** No two requests closer than this. */
  minIntervalMs: number;
  /** At most `max` requests in any `ms` (rolling, not calendar). */
  windows: readonly RateWindow[];
}

/**
 * With a token: CourtListener allows a logged-in user 5 a minute, 50 an hour and 125 a day
 * (`DEFAULT_THROTTLE_RATES.user` in its settings). We stay below each, leaving room for the user's own use.
 */
export const TOKEN_POLICY: RatePolicy = {
  minIntervalMs: 20_000,
  windows: [
    { ms: MINUTE_MS, max: 3 },
    { ms: HOUR_MS, max: 40 },
    { ms: DAY_MS, max: 100 },
  ],
};

/** Without a token: CourtListener allows 100 anonymous requests a day per address (`anon`); we use at most half. */
export const ANONYMOUS_POLICY: RatePolicy = {
  minIntervalMs: 20_000,
  windows: [{ ms: DAY_MS, max: 50 }],
};

/** First wait after a failure; doubled per consecutive failure up to the cap. */
export const BASE_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 6 * HOUR_MS;
/** The longest Retry-After honoured: a server asking for more is waited out a day at a time. */
export const MAX_RETRY_AFTER_MS = DAY_MS;

export interface RateState {
  /** Times (epoch ms) of the requests sent in the last day, oldest first. */
  sent: number[];
  /** No request before this time (epoch ms). */
  notBefore: number;
  /** Consecutive failed outcomes, for the backoff. */
  failures: number;
}

export const INITIAL_RATE_STATE: RateState = { sent: [], notBefore: 0, failures: 0 };

export type Permit = { ok: true } | { ok: false; reason: 'wait' | 'limit'; retryAt: number };

const longest = (policy: RatePolicy) => Math.max(policy.minIntervalMs, ...policy.windows.map((w) => w.ms));

export function mayRequest(policy: RatePolicy, state: RateState, now: number): Permit {
  const last = state.sent.at(-1);
  const spaced = last === undefined ? 0 : last + policy.minIntervalMs;
  if (now < Math.max(state.notBefore, spaced)) return { ok: false, reason: 'wait', retryAt: Math.max(state.notBefore, spaced) };
  let retryAt = 0;
  for (const w of policy.windows) {
    const inWindow = state.sent.filter((t) => t > now - w.ms);
    // The window frees up when its oldest counted request leaves it.
    if (inWindow.length >= w.max) retryAt = Math.max(retryAt, inWindow[inWindow.length - w.max]! + w.ms);
  }
  return retryAt > 0 ? { ok: false, reason: 'limit', retryAt } : { ok: true };
}

/** A request is being sent now (count it before sending, so a stopped worker can't overspend). */
export function requested(policy: RatePolicy, state: RateState, now: number): RateState {
  const keepFrom = now - longest(policy);
  return { ...state, sent: [...state.sent.filter((t) => t > keepFrom && t <= now), now] };
}

export function backoffMs(failures: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** The answer was read and stored: the backoff starts over. */
export const succeeded = (state: RateState): RateState => ({ ...state, failures: 0 });

/**
 * Any failed outcome (network error, timeout, any 4xx or 5xx, an oversized or unreadable answer): wait the
 * backoff, or the server's Retry-After when longer (up to a day).
 */
export function failed(state: RateState, now: number, retryAfterMs = 0): RateState {
  const failures = state.failures + 1;
  const wait = Math.max(backoffMs(failures), Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
  return { ...state, failures, notBefore: Math.max(state.notBefore, now + wait) };
}

/** The token was refused, or a token is needed (401/403): wait the longest backoff rather than spend the budget on it. */
export function refused(state: RateState, now: number): RateState {
  return { ...state, failures: state.failures + 1, notBefore: Math.max(state.notBefore, now + MAX_BACKOFF_MS) };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const MAX_SENT_KEPT = 1000;

/**
 * A stored state of any shape, or the initial state. A state stored by an earlier version
 * (`{day, countToday}`) keeps its count, as requests made at the start of that day.
 */
export function readRateState(stored: unknown): RateState {
  const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  let sent = Array.isArray(s.sent) ? s.sent.filter((t): t is number => num(t) > 0).slice(-MAX_SENT_KEPT) : [];
  const dayStart = typeof s.day === 'string' ? Date.parse(`${s.day}T00:00:00Z`) : NaN;
  if (!Array.isArray(s.sent) && Number.isFinite(dayStart)) sent = Array.from({ length: Math.min(num(s.countToday), MAX_SENT_KEPT) }, () => dayStart);
  return { sent: sent.sort((a, b) => a - b), notBefore: num(s.notBefore), failures: num(s.failures) };
}
