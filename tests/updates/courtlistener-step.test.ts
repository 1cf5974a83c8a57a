/**
 * The CourtListener step with the user's token, with the real `fetch` against a local server that answers
 * like REST API v4 (tests/updates/courtlistener-api.ts): docket lookup, entries, the token header, caching,
 * rate limits, backoff after every failed outcome, redirects, hostile answers and pruning.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { courtListenerStep } from '../../entrypoints/background/updates-courtlistener';
import { BASE_BACKOFF_MS, MAX_BACKOFF_MS, readRateState, TOKEN_POLICY } from '../../lib/updates/courtlistener/rate-limit';
import { readEntriesCache } from '../../lib/updates/courtlistener/store';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_RATE_KEY, CL_STATUS_KEY, MAX_COURTLISTENER_BYTES } from '../../lib/updates/keys';
import { INVALID_TOKEN, THROTTLED, type EntrySpec } from '../fixtures/courtlistener';
import { miniDataset } from '../fixtures/mini-dataset';
import { docketsRoute, entriesRoute, type FakeDocket } from './courtlistener-api';
import { memoryArea } from './memory-area';
import { startUpdateServer, type UpdateServer } from './update-server';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const MIN = TOKEN_POLICY.minIntervalMs;
const TOKEN = 'test-token-123';
const d = miniDataset();
// One case the module maps to a court (mdd), with a verified docket and data as of 2025-12-11.
const dataset = { ...d, cases: [{ ...d.cases[0]!, id: 'abrego-garcia-i', docket: '8:25-cv-00951-PX', statusAsOf: '2025-12-11' }, d.cases[1]!] };
const KEY = 'mdd|8:25-cv-00951';
const DOCKET: FakeDocket = { id: 69830, court: 'mdd', docketNumber: '8:25-cv-00951', core: '2500951', url: '/docket/69830/abrego-garcia-v-noem/' };
const DOCKET_URL = 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/';

/** 25 entries since the case data's date (more than a page), one with an empty description, one undated, older ones. */
const ENTRIES: EntrySpec[] = [
  { id: 1000, entry: null, date: null, description: 'Undated minute entry' },
  { id: 902, entry: 455, date: '2026-02-27', description: 'ORDER setting status conference', main: 'Order' },
  { id: 901, entry: 454, date: '2026-02-26', description: '', main: 'Motion to Compel', attachments: 3 },
  ...Array.from({ length: 23 }, (_, i) => ({ id: 800 + i, entry: 400 + i, date: `2026-01-${String(i + 2).padStart(2, '0')}`, description: `NOTICE ${i}` })),
  { id: 500, entry: 300, date: '2025-12-10', description: 'Filed before the case data’s date' },
];

let server: UpdateServer;
beforeEach(async () => {
  await server?.close();
  server = await startUpdateServer({
    '/api/rest/v4/dockets/': docketsRoute([DOCKET]),
    '/api/rest/v4/docket-entries/': entriesRoute({ [DOCKET.id]: ENTRIES }),
    '/elsewhere': { body: JSON.stringify({ results: [] }) },
  });
});
afterAll(() => server.close());

const step = (area: ReturnType<typeof memoryArea>, now: number, data = dataset) =>
  courtListenerStep({ fetch, area, token: TOKEN, dataset: data, now, origin: server.origin, timeoutMs: 1000 });
const rate = (area: ReturnType<typeof memoryArea>) => readRateState(area.data[CL_RATE_KEY]);

describe('CourtListener step against a local server', () => {
  it('finds the docket, then reads its entries filed since the case data’s date, asking only for the fields it reads', async () => {
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'updated', message: 'Found docket 8:25-cv-00951 (mdd) on CourtListener.' });
    expect(area.data[CL_DOCKETS_KEY]).toEqual({ [KEY]: { found: true, id: 69830, url: DOCKET_URL, at: T0 } });
    expect(await step(area, T0 + 1000)).toBeNull(); // too soon
    expect(await step(area, T0 + MIN)).toMatchObject({ outcome: 'updated', message: 'Read 20 entries of 8:25-cv-00951 (mdd) filed since 2025-12-11.' });
    const record = readEntriesCache(area.data[CL_ENTRIES_KEY])[KEY]!;
    expect(record).toMatchObject({ caseId: 'abrego-garcia-i', docketUrl: DOCKET_URL, fetchedAt: T0 + MIN });
    expect(record.entries.slice(0, 2)).toEqual([
      { id: 902, dateFiled: '2026-02-27', description: 'ORDER setting status conference', entryNumber: 455 },
      // The entry's own description is empty: the main document's short description stands in.
      { id: 901, dateFiled: '2026-02-26', description: 'Motion to Compel', entryNumber: 454 },
    ]);
    expect(record.entries.every((e) => e.dateFiled !== null && e.dateFiled >= '2025-12-11')).toBe(true);
    expect(await step(area, T0 + 2 * MIN)).toBeNull(); // everything fresh; docket id cached
    const [search, entries] = server.requests.map((r) => new URL(r.url, server.origin));
    expect(server.requests).toHaveLength(2);
    expect(Object.fromEntries(search!.searchParams)).toEqual({ court: 'mdd', docket_number: '8:25-cv-00951', fields: 'id,absolute_url,docket_number' });
    expect(Object.fromEntries(entries!.searchParams)).toEqual({
      docket: '69830', date_filed__gte: '2025-12-11', order_by: '-date_filed',
      fields: 'id,entry_number,date_filed,description,recap_documents__description,recap_documents__document_type',
    });
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Token ${TOKEN}`);
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.cookie).toBeUndefined();
    }
    expect(rate(area).sent).toEqual([T0, T0 + MIN]);
  });

  it('would be over the size cap without fields= (the OCR text of every document)', async () => {
    const res = await fetch(`${server.origin}/api/rest/v4/docket-entries/?docket=69830&order_by=-date_filed`);
    expect((await res.text()).length).toBeGreaterThan(MAX_COURTLISTENER_BYTES);
  });

  it('retries with the core number and the court when the exact number finds nothing, taking the one whose number is ours', async () => {
    await server.close();
    const duplicates = [
      { ...DOCKET, id: 1, docketNumber: '8:25-mj-00951', url: '/docket/1/other-case/' },
      { ...DOCKET, id: 2, docketNumber: '8:25-cv-00951-PX', url: '/docket/2/abrego-garcia-v-noem/' },
    ];
    server = await startUpdateServer({ '/api/rest/v4/dockets/': docketsRoute(duplicates) });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'updated', message: 'Docket 8:25-cv-00951 (mdd) is not on CourtListener.' });
    expect(await step(area, T0 + MIN)).toMatchObject({ outcome: 'updated', message: 'Found docket 8:25-cv-00951 (mdd) on CourtListener (by its core number).' });
    expect(area.data[CL_DOCKETS_KEY]).toEqual({ [KEY]: { found: true, id: 2, url: 'https://www.courtlistener.com/docket/2/abrego-garcia-v-noem/', at: T0 + MIN } });
    expect(new URL(server.requests[1]!.url, server.origin).searchParams.get('docket_number_core')).toBe('2500951');
  });

  it('remembers a docket found neither way, and does not ask again for a week', async () => {
    await server.close();
    server = await startUpdateServer({ '/api/rest/v4/dockets/': docketsRoute([]) });
    const area = memoryArea();
    await step(area, T0);
    expect(await step(area, T0 + MIN)).toMatchObject({ message: 'Docket 8:25-cv-00951 (mdd) is not on CourtListener (by its core number).' });
    expect(await step(area, T0 + 6 * 24 * 3_600_000)).toBeNull();
    expect(server.requests).toHaveLength(2);
  });

  const SEARCH = '/api/rest/v4/dockets/';
  it.each([
    ['a 429', { status: 429, body: JSON.stringify(THROTTLED) }, 'failed', /answered 429/],
    ['a 500', { status: 500, body: 'oops' }, 'failed', /answered 500/],
    ['a 404', { status: 404, body: '{"detail":"Not found."}' }, 'failed', /answered 404/],
    ['a 400 (an unknown filter)', { status: 400, body: '{"detail":"Unknown filter parameters are not allowed."}' }, 'failed', /answered 400/],
    ['an oversized answer', { body: `{"results":[],"pad":"${'x'.repeat(MAX_COURTLISTENER_BYTES)}"}` }, 'failed', /over the 524288-byte limit/],
    ['an answer that is not JSON', { body: '<html>maintenance</html>' }, 'rejected', /was not JSON/],
    ['an answer of the wrong shape', { body: JSON.stringify({ results: [{ id: 'x' }] }) }, 'rejected', /unexpected docket search response/],
    ['a link off courtlistener.com', { body: JSON.stringify({ results: [{ id: 1, absolute_url: '//evil.example/', docket_number: '8:25-cv-00951' }] }) }, 'rejected', /outside courtlistener.com/],
    ['a redirect', { status: 302, headers: { location: '/elsewhere' }, body: '' }, 'failed', /could not be reached/],
    ['a slow server', { body: '{"results":[]}', delayMs: 2000 }, 'failed', /no complete answer within 1 s/],
  ])('backs off after %s, stores nothing, and asks again only after the wait', async (_label, route, outcome, message) => {
    server.set(SEARCH, route);
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome, message: expect.stringMatching(message) });
    expect(area.data[CL_STATUS_KEY]).toMatchObject({ outcome, message: expect.stringContaining(`Next try after ${new Date(T0 + BASE_BACKOFF_MS).toISOString()}`) });
    expect(rate(area)).toMatchObject({ failures: 1, notBefore: T0 + BASE_BACKOFF_MS });
    expect(area.data[CL_DOCKETS_KEY]).toBeUndefined();
    expect(await step(area, T0 + BASE_BACKOFF_MS - 1)).toBeNull();
    await step(area, T0 + BASE_BACKOFF_MS);
    expect(rate(area)).toMatchObject({ failures: 2, notBefore: T0 + 3 * BASE_BACKOFF_MS });
    expect(server.requests.filter((r) => r.url.startsWith(SEARCH))).toHaveLength(2);
    expect(server.requests.some((r) => r.url === '/elsewhere')).toBe(false);
  });

  it('spends at most a dozen requests in a day of once-a-minute alarms against an answer that is always rejected', async () => {
    server.set(SEARCH, { body: 'not json' });
    const area = memoryArea();
    for (let t = T0; t < T0 + 24 * 3_600_000; t += 60_000) await step(area, t);
    expect(server.requests.length).toBeLessThanOrEqual(12);
  });

  it('honours Retry-After on a 429, in seconds or as a date', async () => {
    server.set(SEARCH, { status: 429, body: JSON.stringify(THROTTLED), headers: { 'retry-after': '600' } });
    const area = memoryArea();
    await step(area, T0);
    expect(rate(area).notBefore).toBe(T0 + 600_000);
    server.set(SEARCH, { status: 429, body: '', headers: { 'retry-after': new Date(Date.now() + 2 * 3_600_000).toUTCString() } });
    const later = memoryArea();
    await step(later, T0);
    expect(rate(later).notBefore - T0).toBeGreaterThan(3_600_000);
  });

  it('never sends the token across a redirect', async () => {
    server.set(SEARCH, { status: 307, headers: { location: `${server.origin}/elsewhere` }, body: '' });
    await step(memoryArea(), T0);
    expect(server.requests.map((r) => r.url)).toEqual([expect.stringMatching(/^\/api\/rest\/v4\/dockets\/\?/)]);
  });

  it('pauses for hours when the token is refused', async () => {
    server.set(SEARCH, { status: 401, body: JSON.stringify(INVALID_TOKEN) });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'failed', message: expect.stringContaining('refused the API token') });
    expect(rate(area).notBefore).toBe(T0 + MAX_BACKOFF_MS);
  });

  it('drops what it kept for a docket no longer in the data, on its next step', async () => {
    const area = memoryArea();
    await step(area, T0);
    await step(area, T0 + MIN);
    expect(Object.keys(readEntriesCache(area.data[CL_ENTRIES_KEY]))).toEqual([KEY]);
    const without = { ...dataset, cases: [dataset.cases[1]!] };
    expect(await step(area, T0 + 2 * MIN, without)).toBeNull();
    expect(area.data[CL_ENTRIES_KEY]).toEqual({});
    expect(area.data[CL_DOCKETS_KEY]).toEqual({});
  });
});
