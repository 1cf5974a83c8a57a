import { describe, expect, it } from 'vitest';
import {
  dateOrder,
  earliestDay,
  formatDateSpec,
  isInexact,
  latestDay,
  newestFirst,
  notInFuture,
  parseDateSpec,
} from '../../../lib/dataset/date-spec';

describe('date specs: a date as sure as its sources', () => {
  it.each([
    ['2025-04-07', { year: 2025, month: 4, day: 7, precision: 'day', qualifier: 'exact' }],
    ['2025-04', { year: 2025, month: 4, precision: 'month', qualifier: 'exact' }],
    ['2019', { year: 2019, precision: 'year', qualifier: 'exact' }],
    ['~2025-04', { year: 2025, month: 4, precision: 'month', qualifier: 'approximate' }],
    ['after 2026-02-27', { year: 2026, month: 2, day: 27, precision: 'day', qualifier: 'after' }],
    ['before 2025-06', { year: 2025, month: 6, precision: 'month', qualifier: 'before' }],
  ])('parses %s', (spec, parsed) => expect(parseDateSpec(spec)).toEqual(parsed));

  it.each(['2025-02-30', '2025-13', '25-04-07', 'after2026-02-27', '~ 2025', 'around 2025', '2025-4-7', ''])(
    'rejects %j',
    (spec) => expect(parseDateSpec(spec)).toBeNull(),
  );

  it.each([
    ['2025-04-07', 'Apr 7, 2025'],
    ['2025-04', 'Apr 2025'],
    ['2019', '2019'],
    ['~2025-04', '~Apr 2025'],
    ['~2025-04-12', '~Apr 12, 2025'],
    ['after 2026-02-27', 'after Feb 27, 2026'],
    ['before 2025-06', 'before Jun 2025'],
  ])('shows %s as "%s"', (spec, text) => expect(formatDateSpec(spec, 'en-US')).toBe(text));

  it.each([
    ['2025-04-07', '2025-04-07', '2025-04-07'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['after 2026-02-27', '2026-02-28', '2026-02-28'],
    ['after 2025-12', '2026-01-01', '2026-01-01'],
    ['before 2025-06-10', '0000-01-01', '2025-06-09'],
  ])('%s is no earlier than %s and no later than %s', (spec, first, last) => {
    expect(earliestDay(spec)).toBe(first);
    expect(latestDay(spec)).toBe(last);
  });

  it('orders a bound next to the date it is bound by, and a month before its later days', () => {
    const specs = ['2026-02-27', 'after 2026-02-27', '2026-02-28', '2019', '2026-02', 'before 2026-02'];
    expect([...specs].sort(newestFirst)).toEqual(['2026-02-28', 'after 2026-02-27', '2026-02-27', '2026-02', 'before 2026-02', '2019']);
    expect(dateOrder('after 2026-02-27')).toBeGreaterThan(dateOrder('2026-02-27'));
    expect(dateOrder('after 2026-02-27')).toBeLessThan(dateOrder('2026-02-28'));
  });

  it('is in the future only when its earliest day is', () => {
    expect(notInFuture('2026-12', '2026-12-01')).toBe(true);
    expect(notInFuture('after 2026-11-30', '2026-12-01')).toBe(true);
    expect(notInFuture('after 2026-12-01', '2026-12-01')).toBe(false);
    expect(notInFuture('2027', '2026-12-01')).toBe(false);
  });

  it('tells an exact day from everything else', () => {
    expect(isInexact('2025-04-07')).toBe(false);
    for (const s of ['2025-04', '2019', '~2025-04-07', 'after 2025-04-07']) expect(isInexact(s)).toBe(true);
  });
});
