import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_POLICY, BASE_BACKOFF_MS, failed, INITIAL_RATE_STATE, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, mayRequest, readRateState, refused, requested,
  succeeded, TOKEN_POLICY, type RatePolicy, type RateState,
} from '../../../lib/updates/courtlistener/rate-limit';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Sends as many requests as the policy lets through, each as soon as allowed, until `until`. */
function sendGreedily(policy: RatePolicy, from: number, until: number): number[] {
  let s: RateState = INITIAL_RATE_STATE;
  const times: number[] = [];
  for (let t = from; t < until; ) {
    const p = mayRequest(policy, s, t);
    if (!p.ok) {
      t = p.retryAt;
      continue;
    }
    s = succeeded(requested(policy, s, t));
    times.push(t);
  }
  return times;
}

const maxInAnyWindow = (times: number[], ms: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + ms).length));

describe('CourtListener rate limiter, as transitions', () => {
  it('allows a first request, then none for 20 s', () => {
    expect(mayRequest(TOKEN_POLICY, INITIAL_RATE_STATE, T0)).toEqual({ ok: true });
    const s = succeeded(requested(TOKEN_POLICY, INITIAL_RATE_STATE, T0));
    expect(mayRequest(TOKEN_POLICY, s, T0 + 19_999)).toEqual({ ok: false, reason: 'wait', retryAt: T0 + 20_000 });
    expect(mayRequest(TOKEN_POLICY, s, T0 + 20_000)).toEqual({ ok: true });
  });

  it.each([
    // CourtListener's logged-in limits: 5 a minute, 50 an hour, 125 a day (rolling windows).
    ['a minute', MINUTE, 5],
    ['an hour', HOUR, 50],
    ['a day', DAY, 125],
  ])('with a token, never more than CourtListener allows in %s, over two days of requests as fast as allowed', (_label, ms, cl) => {
    const times = sendGreedily(TOKEN_POLICY, T0, T0 + 2 * DAY);
    expect(maxInAnyWindow(times, ms)).toBeLessThan(cl);
  });

  it('with a token, the day window is rolling: the 101st request waits until the 1st is a day old', () => {
    const times = sendGreedily(TOKEN_POLICY, T0, T0 + 2 * DAY);
    expect(times.filter((t) => t < T0 + DAY)).toHaveLength(100);
    expect(times[100]).toBe(times[0]! + DAY);
  });

  it('without a token, at most 50 a day (CourtListener allows 100 anonymous requests)', () => {
    const times = sendGreedily(ANONYMOUS_POLICY, T0, T0 + 3 * DAY);
    expect(maxInAnyWindow(times, DAY)).toBe(50);
    expect(mayRequest(ANONYMOUS_POLICY, { sent: times.slice(0, 50), notBefore: 0, failures: 0 }, times[49]! + 60_000)).toEqual({
      ok: false, reason: 'limit', retryAt: times[0]! + DAY,
    });
  });

  it('forgets requests older than the longest window (a day)', () => {
    let s: RateState = INITIAL_RATE_STATE;
    for (let i = 0; i < 10; i++) s = requested(TOKEN_POLICY, s, T0 + i * HOUR);
    s = requested(TOKEN_POLICY, s, T0 + 30 * HOUR);
    expect(s.sent).toEqual([T0 + 7 * HOUR, T0 + 8 * HOUR, T0 + 9 * HOUR, T0 + 30 * HOUR]);
  });

  it.each([
    [1, BASE_BACKOFF_MS],
    [2, 2 * BASE_BACKOFF_MS],
    [3, 4 * BASE_BACKOFF_MS],
    [30, MAX_BACKOFF_MS],
  ])('backs off after every failed outcome: failure %i waits %i ms', (failures, wait) => {
    let s: RateState = INITIAL_RATE_STATE;
    for (let i = 0; i < failures; i++) s = failed(s, T0);
    expect(s).toMatchObject({ failures, notBefore: T0 + wait });
    expect(mayRequest(TOKEN_POLICY, s, T0 + wait - 1).ok).toBe(false);
    expect(mayRequest(TOKEN_POLICY, s, T0 + wait).ok).toBe(true);
  });

  it.each([
    ['a shorter Retry-After: the backoff', 10_000, BASE_BACKOFF_MS],
    ['a longer Retry-After (10 min)', 10 * MINUTE, 10 * MINUTE],
    ['a Retry-After past the backoff cap (12 h)', 12 * HOUR, 12 * HOUR],
    ['a Retry-After of ten years: a day', 10 * 365 * DAY, MAX_RETRY_AFTER_MS],
  ])('honours %s', (_label, retryAfter, wait) => {
    expect(failed(INITIAL_RATE_STATE, T0, retryAfter).notBefore).toBe(T0 + wait);
  });

  it('forgets the failures after a success', () => {
    const s = failed(failed(INITIAL_RATE_STATE, T0), T0);
    expect(succeeded(s).failures).toBe(0);
  });

  it('pauses for the longest backoff when the token is refused or one is needed', () => {
    expect(refused(INITIAL_RATE_STATE, T0)).toMatchObject({ failures: 1, notBefore: T0 + MAX_BACKOFF_MS });
  });

  it('reads a stored state of any shape', () => {
    expect(readRateState('x')).toEqual(INITIAL_RATE_STATE);
    expect(readRateState({ sent: [T0 + 2, 'x', -1, T0 + 1], notBefore: 5, failures: -1 })).toEqual({ sent: [T0 + 1, T0 + 2], notBefore: 5, failures: 0 });
  });

  it('keeps the count of a state stored by the earlier version, as requests at the start of its day', () => {
    const old = readRateState({ day: '2026-03-01', countToday: 100, notBefore: 7, failures: 2 });
    expect(old).toMatchObject({ notBefore: 7, failures: 2 });
    expect(old.sent).toHaveLength(100);
    expect(mayRequest(TOKEN_POLICY, old, T0)).toEqual({ ok: false, reason: 'limit', retryAt: Date.parse('2026-03-02T00:00:00Z') });
  });
});
