/**
 * The tokenless check for newer filings with the real `fetch` against a local server answering like
 * CourtListener's search API: what is sent (court and docket number only), how often, what is kept, a 401
 * (a token is needed), a 429 with Retry-After, and hostile answers.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { courtListenerSearchStep, TOKEN_NEEDED_MESSAGE } from '../../entrypoints/background/updates-courtlistener-search';
import { BASE_BACKOFF_MS, MAX_BACKOFF_MS, readRateState } from '../../lib/updates/courtlistener/rate-limit';
import { readEntriesCache } from '../../lib/updates/courtlistener/store';
import { CL_SEARCH_ENTRIES_KEY, CL_SEARCH_RATE_KEY, CL_SEARCH_STATUS_KEY, MAX_COURTLISTENER_BYTES } from '../../lib/updates/keys';
import { NOT_AUTHENTICATED, searchDocket, searchPageOf, THROTTLED, type EntrySpec } from '../fixtures/courtlistener';
import { miniDataset } from '../fixtures/mini-dataset';
import { memoryArea } from './memory-area';
import { startUpdateServer, type Route, type UpdateServer } from './update-server';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
const d = miniDataset();
const dataset = {
  ...d,
  cases: [
    { ...d.cases[0]!, id: 'abrego-garcia-i', docket: '8:25-cv-00951-PX', statusAsOf: '2025-12-11' },
    { ...d.cases[0]!, id: 'jgg-v-trump', docket: '25-cv-00766-JEB', statusAsOf: '2026-02-14' },
    // Never asked for: the Supreme Court's entries are not in CourtListener's search either.
    { ...d.cases[0]!, id: 'noem-v-abrego-garcia', docket: 'No. 24A949' },
  ],
};
const MDD = 'mdd|8:25-cv-00951';
const older: EntrySpec = { id: 880, entry: 440, date: '2026-01-20', description: 'NOTICE of filing' };
const newer: EntrySpec = { id: 902, entry: 455, date: '2026-02-27', description: '', main: 'Order' };
const beforeAsOf: EntrySpec = { id: 500, entry: 300, date: '2025-12-01', description: 'Old' };

/** CourtListener's search: the dockets of that court whose number matches, with their newest three documents. */
function searchRoute(documents: Record<string, [EntrySpec, number][]>) {
  return (url: URL): Route => {
    const q = url.searchParams;
    const key = `${q.get('court')}|${q.get('docket_number')}`;
    const docs = documents[key];
    const results = docs ? [searchDocket({ id: 69830, court: q.get('court')!, docketNumber: q.get('docket_number')!, documents: docs.slice(0, 3) })] : [];
    return { body: JSON.stringify(searchPageOf(results, results.length ? docs!.length : 0)) };
  };
}

let server: UpdateServer;
beforeEach(async () => {
  await server?.close();
  server = await startUpdateServer({ '/api/rest/v4/search/': searchRoute({ [MDD]: [[older, 0], [beforeAsOf, 0]] }) });
});
afterAll(() => server.close());

const step = (area: ReturnType<typeof memoryArea>, now: number) => courtListenerSearchStep({ fetch, area, dataset, now, origin: server.origin, timeoutMs: 1000 });
const kept = (area: ReturnType<typeof memoryArea>) => readEntriesCache(area.data[CL_SEARCH_ENTRIES_KEY]);

describe('the check for newer filings, without a token', () => {
  it('sends only the court and the docket number, with no token, cookie or Referer, and keeps the entries filed since the as-of day', async () => {
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'updated', message: 'Searched 8:25-cv-00951 (mdd): 1 new entry filed since 2025-12-11 (1 kept).' });
    const [req] = server.requests;
    expect(req!.url).toBe('/api/rest/v4/search/?type=r&court=mdd&docket_number=8%3A25-cv-00951&order_by=entry_date_filed+desc');
    expect(req!.headers.authorization).toBeUndefined();
    expect(req!.headers.cookie).toBeUndefined();
    expect(req!.headers.referer).toBeUndefined();
    expect(kept(area)[MDD]).toEqual({
      caseId: 'abrego-garcia-i', docketNumber: '8:25-cv-00951', docketUrl: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/', fetchedAt: T0,
      entries: [{ id: 880, dateFiled: '2026-01-20', description: 'NOTICE of filing', entryNumber: 440 }],
    });
  });

  it('asks for each docket at most every 6 hours, never for the Supreme Court’s, and says when the search has no such docket', async () => {
    const area = memoryArea();
    for (let t = T0; t < T0 + 24 * HOUR; t += 60_000) await step(area, t);
    const perDocket = (court: string) => server.requests.filter((r) => r.url.includes(`court=${court}`)).length;
    expect(perDocket('mdd')).toBe(4);
    expect(perDocket('dcd')).toBe(4);
    expect(server.requests).toHaveLength(8);
    expect(area.data[CL_SEARCH_STATUS_KEY]).toMatchObject({ message: expect.stringMatching(/^(Searched 8:25-cv-00951 \(mdd\)|CourtListener's search has no docket 1:25-cv-00766 \(dcd\))/) });
  });

  it('adds what a later search finds to what it kept (the search shows only the newest documents)', async () => {
    const area = memoryArea();
    await step(area, T0);
    server.set('/api/rest/v4/search/', searchRoute({ [MDD]: [[newer, 0], [newer, 1]] }));
    await step(area, T0 + 6 * HOUR + 1); // dcd first: never searched
    expect(await step(area, T0 + 7 * HOUR)).toMatchObject({ message: 'Searched 8:25-cv-00951 (mdd): 1 new entry filed since 2025-12-11 (2 kept).' });
    expect(kept(area)[MDD]!.entries).toEqual([
      { id: 902, dateFiled: '2026-02-27', description: 'Order', entryNumber: 455 },
      { id: 880, dateFiled: '2026-01-20', description: 'NOTICE of filing', entryNumber: 440 },
    ]);
  });

  it('says a token is needed when CourtListener answers 401, and waits hours before asking again', async () => {
    server.set('/api/rest/v4/search/', { status: 401, body: JSON.stringify(NOT_AUTHENTICATED) });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'failed', message: expect.stringContaining(TOKEN_NEEDED_MESSAGE) });
    expect(readRateState(area.data[CL_SEARCH_RATE_KEY]).notBefore).toBe(T0 + MAX_BACKOFF_MS);
    expect(await step(area, T0 + MAX_BACKOFF_MS - 1)).toBeNull();
  });

  it('honours Retry-After on a 429', async () => {
    server.set('/api/rest/v4/search/', { status: 429, body: JSON.stringify(THROTTLED), headers: { 'retry-after': '7200' } });
    const area = memoryArea();
    await step(area, T0);
    expect(readRateState(area.data[CL_SEARCH_RATE_KEY]).notBefore).toBe(T0 + 2 * HOUR);
  });

  it.each([
    ['the wrong shape', { body: JSON.stringify({ results: [{ docket_id: 'x' }] }) }, /unexpected search response/],
    ['a docket link off courtlistener.com', { body: JSON.stringify(searchPageOf([searchDocket({ id: 1, court: 'mdd', docketNumber: '8:25-cv-00951', url: 'https://evil.example/', documents: [] })], 0)) }, /outside courtlistener.com/],
    ['an oversized answer', { body: `{"results":[],"pad":"${'x'.repeat(MAX_COURTLISTENER_BYTES)}"}` }, /over the 524288-byte limit/],
  ])('stores nothing from %s and backs off', async (_label, route, message) => {
    server.set('/api/rest/v4/search/', route);
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ message: expect.stringMatching(message) });
    expect(area.data[CL_SEARCH_ENTRIES_KEY]).toBeUndefined();
    expect(readRateState(area.data[CL_SEARCH_RATE_KEY])).toMatchObject({ failures: 1, notBefore: T0 + BASE_BACKOFF_MS });
  });
});
