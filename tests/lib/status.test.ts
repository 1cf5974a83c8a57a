import { describe, expect, it } from 'vitest';
import { dateWithAge, formatDate, relativeAge } from '../../lib/format-date';
import { daysSince, isStale, statusLabel } from '../../lib/status';

const NOW = new Date('2026-02-27T12:00:00Z');

describe('status vocabulary and age', () => {
  it.each([
    ['pending', 'Pending'],
    ['relief-in-force', 'Order in force'],
    ['stayed', 'Ruling paused'],
    ['dismissed', 'Dismissed'],
  ] as const)('%s reads as %s', (status, label) => expect(statusLabel(status)).toBe(label));

  it.each([
    ['2026-02-27', 0, false],
    ['2026-01-28', 30, false],
    ['2026-01-27', 31, true],
    // A month counts from its last day: "2025-12" may be Dec 31.
    ['2025-12', 58, true],
    ['after 2026-02-20', 6, false],
    ['2019', 2250, true],
  ])('%s is %i days old (stale: %s)', (date, days, stale) => {
    expect(daysSince(date, NOW)).toBe(days);
    expect(isStale(date, NOW)).toBe(stale);
  });
});

describe('dates for readers', () => {
  it('formats in the given locale', () => {
    expect(formatDate('2025-12-11', 'en-US')).toBe('Dec 11, 2025');
    expect(formatDate('2025-07', 'en-US')).toBe('Jul 2025');
    expect(formatDate('2025-12-11', 'de-DE')).toBe('11.12.2025');
  });
  it('gives the relative age beside the date', () => {
    expect(relativeAge('2026-02-26', NOW, 'en')).toBe('yesterday');
    expect(relativeAge('2025-11-27', NOW, 'en')).toBe('3 months ago');
    expect(relativeAge('2025-02-10', NOW, 'en')).toBe('last year');
    expect(dateWithAge('2026-02-17', NOW, 'en-US')).toBe('Feb 17, 2026 (10 days ago)');
  });
});
