import { describe, expect, it } from 'vitest';
import {
  BASE_BACKOFF_MS, DAILY_LIMIT, INITIAL_RATE_STATE, MAX_BACKOFF_MS, MIN_INTERVAL_MS, mayRequest, readRateState, requested, responded, type RateState,
} from '../../../lib/updates/courtlistener/rate-limit';

const T0 = Date.parse('2026-03-01T10:00:00Z');

describe('CourtListener rate limiter, as transitions', () => {
  it('allows a first request, then none for 20 s', () => {
    expect(mayRequest(INITIAL_RATE_STATE, T0)).toEqual({ ok: true });
    const s = responded(requested(INITIAL_RATE_STATE, T0), 200, T0 + 500);
    expect(mayRequest(s, T0 + MIN_INTERVAL_MS - 1)).toEqual({ ok: false, reason: 'wait', retryAt: T0 + MIN_INTERVAL_MS });
    expect(mayRequest(s, T0 + MIN_INTERVAL_MS)).toEqual({ ok: true });
  });

  it('stops at the daily limit and starts again the next day (UTC)', () => {
    let s: RateState = INITIAL_RATE_STATE;
    let t = T0;
    for (let i = 0; i < DAILY_LIMIT; i++, t += MIN_INTERVAL_MS) s = responded(requested(s, t), 200, t);
    expect(s.countToday).toBe(DAILY_LIMIT);
    expect(mayRequest(s, t)).toEqual({ ok: false, reason: 'daily-limit', retryAt: Date.parse('2026-03-02T00:00:00Z') });
    const tomorrow = Date.parse('2026-03-02T00:00:01Z');
    expect(mayRequest(s, tomorrow)).toEqual({ ok: true });
    expect(requested(s, tomorrow).countToday).toBe(1);
  });

  it.each([
    [429, 1, BASE_BACKOFF_MS],
    [500, 1, BASE_BACKOFF_MS],
    [503, 2, 2 * BASE_BACKOFF_MS],
    [0, 3, 4 * BASE_BACKOFF_MS],
    [429, 30, MAX_BACKOFF_MS],
  ])('backs off after a %i: failure %i waits %i ms', (status, failures, wait) => {
    let s: RateState = INITIAL_RATE_STATE;
    for (let i = 0; i < failures; i++) s = responded(s, status, T0);
    expect(s.failures).toBe(failures);
    expect(s.notBefore).toBe(T0 + wait);
  });

  it('honours a longer Retry-After, within the cap', () => {
    expect(responded(INITIAL_RATE_STATE, 429, T0, 10 * 60_000).notBefore).toBe(T0 + 10 * 60_000);
    expect(responded(INITIAL_RATE_STATE, 429, T0, 10 * MAX_BACKOFF_MS).notBefore).toBe(T0 + MAX_BACKOFF_MS);
  });

  it('forgets the failures after a success, and does not back off on a 404', () => {
    const failed = responded(responded(INITIAL_RATE_STATE, 500, T0), 500, T0);
    expect(responded(failed, 200, T0).failures).toBe(0);
    expect(responded(INITIAL_RATE_STATE, 404, T0)).toEqual(INITIAL_RATE_STATE);
  });

  it('reads a stored state of any shape', () => {
    expect(readRateState('x')).toEqual(INITIAL_RATE_STATE);
    expect(readRateState({ day: '2026-03-01', countToday: 'many', notBefore: 5, failures: -1 })).toEqual({ day: '2026-03-01', countToday: 0, notBefore: 5, failures: 0 });
  });
});

describe('a refused token', () => {
  it('pauses for the longest backoff', async () => {
    const { refused } = await import('../../../lib/updates/courtlistener/rate-limit');
    expect(refused(INITIAL_RATE_STATE, T0)).toMatchObject({ failures: 1, notBefore: T0 + MAX_BACKOFF_MS });
  });
});
