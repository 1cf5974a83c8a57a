/**
 * The CourtListener step with the real `fetch` against a local server shaped like REST API v4:
 * docket lookup, entries, the token header, caching, rate limits and backoff, and hostile answers.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { courtListenerStep } from '../../entrypoints/background/updates-courtlistener';
import { MIN_INTERVAL_MS } from '../../lib/updates/courtlistener/rate-limit';
import { readEntriesCache } from '../../lib/updates/courtlistener/store';
import { CL_DOCKETS_KEY, CL_ENTRIES_KEY, CL_RATE_KEY, CL_STATUS_KEY } from '../../lib/updates/keys';
import { miniDataset } from '../fixtures/mini-dataset';
import { memoryArea } from './memory-area';
import { startUpdateServer, type UpdateServer } from './update-server';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const TOKEN = 'test-token-123';
const d = miniDataset();
// One case the module maps to a court (mdd), with a verified docket.
const dataset = { ...d, cases: [{ ...d.cases[0]!, id: 'abrego-garcia-i', docket: '8:25-cv-00951-PX' }, d.cases[1]!] };
const SEARCH = '/api/rest/v4/dockets/?court=mdd&docket_number=8%3A25-cv-00951';
const ENTRIES = '/api/rest/v4/docket-entries/?docket=69830&order_by=-date_filed';
const docketFound = JSON.stringify({ count: 1, results: [{ id: 69830, absolute_url: '/docket/69830/abrego-garcia-v-noem/', case_name: 'Abrego Garcia v. Noem' }] });
const entries = JSON.stringify({
  results: [
    { id: 902, date_filed: '2026-03-01', description: 'ORDER setting status conference', entry_number: 455, recap_documents: [] },
    { id: 901, date_filed: '2026-02-26', description: '<img src=x onerror=alert(1)> NOTICE', entry_number: 454 },
  ],
});

let server: UpdateServer;
beforeEach(async () => {
  await server?.close();
  server = await startUpdateServer({ [SEARCH]: { body: docketFound }, [ENTRIES]: { body: entries } });
});
afterAll(() => server.close());

const step = (area: ReturnType<typeof memoryArea>, now: number) =>
  courtListenerStep({ fetch, area, token: TOKEN, dataset, now, origin: server.origin, timeoutMs: 1000 });

describe('CourtListener step against a local server', () => {
  it('finds the docket, then reads its entries, 20 s apart, with the token and nothing else', async () => {
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'updated', message: 'Found docket 8:25-cv-00951 (mdd) on CourtListener.' });
    expect(area.data[CL_DOCKETS_KEY]).toEqual({ 'mdd|8:25-cv-00951': { found: true, id: 69830, url: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/', at: T0 } });
    expect(await step(area, T0 + 1000)).toBeNull(); // too soon
    expect(await step(area, T0 + MIN_INTERVAL_MS)).toMatchObject({ outcome: 'updated', message: 'Read the latest 2 entries of 8:25-cv-00951 (mdd).' });
    const cache = readEntriesCache(area.data[CL_ENTRIES_KEY]);
    expect(cache['mdd|8:25-cv-00951']).toMatchObject({ caseId: 'abrego-garcia-i', docketUrl: 'https://www.courtlistener.com/docket/69830/abrego-garcia-v-noem/' });
    expect(cache['mdd|8:25-cv-00951']!.entries[0]).toEqual({ id: 902, dateFiled: '2026-03-01', description: 'ORDER setting status conference', entryNumber: 455 });
    expect(await step(area, T0 + 2 * MIN_INTERVAL_MS)).toBeNull(); // everything fresh; docket id cached
    expect(server.requests.map((r) => r.url)).toEqual([SEARCH, ENTRIES]);
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Token ${TOKEN}`);
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.cookie).toBeUndefined();
    }
    expect((area.data[CL_RATE_KEY] as { countToday: number }).countToday).toBe(2);
  });

  it.each([
    [429, /answered 429/, 60_000],
    [500, /answered 500/, 60_000],
    [503, /answered 503/, 60_000],
  ])('backs off after a %i', async (status, message, wait) => {
    server.set(SEARCH, { status, body: 'busy' });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'failed', message: expect.stringMatching(message) });
    expect(area.data[CL_RATE_KEY]).toMatchObject({ failures: 1, notBefore: T0 + wait });
    expect(await step(area, T0 + MIN_INTERVAL_MS)).toBeNull();
    server.set(SEARCH, { status, body: 'busy' });
    await step(area, T0 + wait);
    expect(area.data[CL_RATE_KEY]).toMatchObject({ failures: 2, notBefore: T0 + 3 * wait });
    expect(area.data[CL_DOCKETS_KEY]).toBeUndefined();
  });

  it('honours Retry-After on a 429', async () => {
    server.set(SEARCH, { status: 429, body: '', headers: { 'retry-after': '600' } });
    const area = memoryArea();
    await step(area, T0);
    expect(area.data[CL_RATE_KEY]).toMatchObject({ notBefore: T0 + 600_000 });
  });

  it('pauses for hours when the token is refused', async () => {
    server.set(SEARCH, { status: 401, body: JSON.stringify({ detail: 'Invalid token.' }) });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'failed', message: expect.stringContaining('refused the API token') });
    expect((area.data[CL_RATE_KEY] as { notBefore: number }).notBefore).toBe(T0 + 6 * 3_600_000);
  });

  it.each([
    ['not JSON', '<html>maintenance</html>', /was not JSON/],
    ['the wrong shape', JSON.stringify({ results: [{ id: 'x' }] }), /unexpected docket search response/],
    ['a link off courtlistener.com', JSON.stringify({ results: [{ id: 1, absolute_url: '//evil.example/' }] }), /outside courtlistener.com/],
  ])('stores nothing from an answer that is %s', async (_label, body, message) => {
    server.set(SEARCH, { body });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'rejected', message: expect.stringMatching(message) });
    expect(area.data[CL_DOCKETS_KEY]).toBeUndefined();
    expect(area.data[CL_STATUS_KEY]).toMatchObject({ outcome: 'rejected' });
  });

  it('remembers a docket CourtListener does not have, and does not ask again soon', async () => {
    server.set(SEARCH, { body: JSON.stringify({ count: 0, results: [] }) });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ message: 'Docket 8:25-cv-00951 (mdd) is not on CourtListener.' });
    expect(await step(area, T0 + 3_600_000)).toBeNull();
  });

  it('gives up on a slow server within the timeout', async () => {
    server.set(SEARCH, { body: docketFound, delayMs: 2000 });
    const area = memoryArea();
    expect(await step(area, T0)).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/no complete answer within 1 s/) });
  });
});
