/** What is kept from CourtListener: only the data's dockets, only new entries, bounded per docket and in all. */
import { describe, expect, it } from 'vitest';
import type { CourtListenerEntry } from '../../../lib/updates/courtlistener/responses';
import { keptEntries, MAX_ENTRIES_PER_DOCKET, pruneDockets, pruneEntries, type EntriesRecord } from '../../../lib/updates/courtlistener/store';

const TODAY = '2026-03-01';
const e = (id: number, dateFiled: string | null, description = `Entry ${id}`): CourtListenerEntry => ({ id, dateFiled, description, entryNumber: id });
const a = { caseId: 'abrego-garcia-i', court: 'mdd', docketNumber: '8:25-cv-00951', since: '2025-12-11' };
const b = { caseId: 'jgg-v-trump', court: 'dcd', docketNumber: '1:25-cv-00766', since: '2026-02-14' };
const rec = (t: typeof a, entries: CourtListenerEntry[]): EntriesRecord => ({ caseId: t.caseId, docketNumber: t.docketNumber, docketUrl: 'https://www.courtlistener.com/docket/1/', fetchedAt: 0, entries });

describe('keptEntries', () => {
  it.each([
    ['undated entries go', [e(1, null), e(2, '2026-01-01')], [2]],
    ['entries filed before the case data’s as-of day go; that day stays', [e(1, '2025-12-10'), e(2, '2025-12-11')], [2]],
    ['an entry dated after today goes', [e(1, '2026-03-02'), e(2, '2026-03-01')], [2]],
    ['newest first, the same id once', [e(1, '2026-01-01'), e(2, '2026-02-01'), e(1, '2026-01-01')], [2, 1]],
  ])('%s', (_label, entries, ids) => {
    expect(keptEntries(entries, a.since, TODAY).map((x) => x.id)).toEqual(ids);
  });

  it(`keeps at most ${MAX_ENTRIES_PER_DOCKET}, the newest`, () => {
    const many = Array.from({ length: 50 }, (_, i) => e(i + 1, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const kept = keptEntries(many, a.since, TODAY);
    expect(kept).toHaveLength(MAX_ENTRIES_PER_DOCKET);
    expect(kept[0]!.dateFiled).toBe('2026-01-28');
  });
});

describe('pruning the stored records', () => {
  it('drops the records of dockets no longer in the data, or filed under another case', () => {
    const cache = { 'mdd|8:25-cv-00951': rec(a, [e(1, '2026-01-01')]), 'dcd|1:25-cv-00766': rec(b, []), 'tnmd|3:25-cr-00115': { ...rec(a, []), caseId: 'us-v-abrego-garcia' } };
    expect(Object.keys(pruneEntries(cache, [a], TODAY))).toEqual(['mdd|8:25-cv-00951']);
    expect(pruneEntries({ 'mdd|8:25-cv-00951': { ...rec(a, []), caseId: 'someone-else' } }, [a], TODAY)).toEqual({});
    const dockets = { 'mdd|8:25-cv-00951': { found: true as const, id: 1, url: 'u', at: 0 }, 'scotus|24A949': { found: false as const, at: 0 } };
    expect(pruneDockets(dockets, [a, b])).toEqual({ 'mdd|8:25-cv-00951': dockets['mdd|8:25-cv-00951'] });
  });

  it('keeps the total under the byte bound, dropping the oldest entries across dockets first', () => {
    const long = (id: number, date: string) => e(id, date, 'x'.repeat(900));
    const cache = {
      'mdd|8:25-cv-00951': rec(a, [long(1, '2026-02-20'), long(2, '2026-01-02')]),
      'dcd|1:25-cv-00766': rec(b, [long(3, '2026-02-25'), long(4, '2026-02-15')]),
    };
    const pruned = pruneEntries(cache, [a, b], TODAY, 2500);
    expect(new TextEncoder().encode(JSON.stringify(pruned)).length).toBeLessThanOrEqual(2500);
    expect(Object.values(pruned).flatMap((r) => r.entries.map((x) => x.id)).sort()).toEqual([1, 3]);
  });

  it('keeps six dockets of twenty 1,000-character entries well under the default bound', () => {
    const targets = Array.from({ length: 6 }, (_, i) => ({ ...a, docketNumber: `8:25-cv-0095${i}` }));
    const cache = Object.fromEntries(targets.map((t, i) => [`mdd|${t.docketNumber}`, { ...rec(t, Array.from({ length: 20 }, (_, j) => e(i * 100 + j, '2026-01-05', 'x'.repeat(1000)))), docketNumber: t.docketNumber }]));
    const pruned = pruneEntries(cache, targets, TODAY);
    expect(Object.values(pruned).every((r) => r.entries.length === 20)).toBe(true);
  });
});
