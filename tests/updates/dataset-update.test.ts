/**
 * The dataset update glue with the real `fetch` against a local server: what is stored, and the
 * status the options page shows, for each kind of answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_STATUS_KEY, DATASET_UPDATE_KEY, DATASET_UPDATE_SOURCE_KEY } from '../../lib/updates/keys';
import { checkDatasetUpdate } from '../../entrypoints/background/updates-dataset';
import { permissionGuardedFetch } from '../../entrypoints/background/updates-fetch';
import { miniDataset } from '../fixtures/mini-dataset';
import { memoryArea } from './memory-area';
import { startUpdateServer, type UpdateServer } from './update-server';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const bundled = miniDataset();
const newer = { ...miniDataset(), asOf: '2026-02-28' };
const MAX = 64 * 1024;
const big = JSON.stringify({ ...newer, padding: 'x'.repeat(MAX) });

let server: UpdateServer;
beforeAll(async () => {
  server = await startUpdateServer({
    '/valid.json': { body: JSON.stringify(newer) },
    '/same.json': { body: JSON.stringify(bundled) },
    '/malformed.json': { body: '{"version": 2, "asOf": ' },
    '/invalid.json': { body: JSON.stringify({ ...newer, cases: 'none' }) },
    '/older.json': { body: JSON.stringify({ ...miniDataset(), asOf: '2025-12-01' }) },
    '/oversized-declared.json': { body: big },
    '/oversized-streamed.json': { body: big, noLength: true },
    '/slow.json': { body: JSON.stringify(newer), delayMs: 2000 },
    '/slow-body.json': { body: JSON.stringify(newer), chunkDelayMs: 700 },
    '/busy.json': { status: 429, body: 'slow down', headers: { 'retry-after': '120' } },
    '/broken.json': { status: 500, body: 'oops' },
  });
});
afterAll(() => server.close());

async function check(path: string, area = memoryArea()) {
  const status = await checkDatasetUpdate({ fetch, area, url: `${server.origin}${path}`, bundled, now: NOW, timeoutMs: 1000, maxBytes: MAX });
  return { status, area };
}

describe('dataset update check against a local server', () => {
  it('stores a valid, newer update and says so', async () => {
    const { status, area } = await check('/valid.json');
    expect(status).toEqual({ at: NOW, outcome: 'updated', message: 'Updated to version 1, as of 2026-02-28.' });
    expect(area.data[DATASET_UPDATE_KEY]).toEqual(newer);
    expect(area.data[DATASET_UPDATE_SOURCE_KEY]).toBe(`${server.origin}/valid.json`);
    expect(area.data[DATASET_STATUS_KEY]).toEqual(status);
  });

  it('makes no request to an origin the user has not granted (settings could have been planted)', async () => {
    const before = server.requests.length;
    const asked: string[] = [];
    const guarded = permissionGuardedFetch(fetch, async (url) => (asked.push(url), false));
    const area = memoryArea();
    const status = await checkDatasetUpdate({ fetch: guarded, area, url: `${server.origin}/valid.json`, bundled, now: NOW, timeoutMs: 1000 });
    expect(asked).toEqual([`${server.origin}/valid.json`]);
    expect(server.requests.length).toBe(before);
    expect(status).toMatchObject({ outcome: 'failed', message: expect.stringContaining(`no permission to reach ${server.origin}`) });
    expect(area.data[DATASET_UPDATE_KEY]).toBeUndefined();
  });

  it.each([
    ['malformed JSON', '/malformed.json', 'rejected', /not valid JSON/],
    ['schema-invalid data', '/invalid.json', 'rejected', /does not match the dataset schema \(cases:/],
    ['an older version', '/older.json', 'rejected', /not newer than the data in use/],
    ['an oversized body (Content-Length)', '/oversized-declared.json', 'failed', /over the 65536-byte limit/],
    ['an oversized body (streamed, no Content-Length)', '/oversized-streamed.json', 'failed', /over the 65536-byte limit/],
    ['a slow server', '/slow.json', 'failed', /no complete answer within 1 s/],
    ['a body that trickles in too slowly', '/slow-body.json', 'failed', /no complete answer within 1 s/],
    ['a 429', '/busy.json', 'failed', /answered 429/],
    ['a 500', '/broken.json', 'failed', /answered 500/],
    ['a missing file', '/nothing-here.json', 'failed', /answered 404/],
  ])('rejects %s and keeps the last good data', async (_label, path, outcome, message) => {
    const earlier = { ...miniDataset(), asOf: '2026-02-28' };
    const { status, area } = await check(path, memoryArea({ [DATASET_UPDATE_KEY]: earlier }));
    expect(status.outcome).toBe(outcome);
    expect(status.message).toMatch(message);
    expect(status.message).toContain('The data in use is unchanged.');
    expect(area.data[DATASET_UPDATE_KEY]).toEqual(earlier);
    expect(area.data[DATASET_STATUS_KEY]).toEqual(status);
  });

  it('treats an unreachable server as a failure', async () => {
    const status = await checkDatasetUpdate({ fetch, area: memoryArea(), url: 'http://127.0.0.1:9/x.json', bundled, now: NOW, timeoutMs: 1000 });
    expect(status).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/could not be reached/) });
  });

  it('says when the data is already up to date', async () => {
    const { status, area } = await check('/same.json');
    expect(status).toMatchObject({ outcome: 'unchanged', message: 'Already up to date (version 1, as of 2026-02-27).' });
    expect(area.data[DATASET_UPDATE_KEY]).toBeUndefined();
  });

  it('compares with the stored update, not only the bundled data', async () => {
    const stored = { ...miniDataset(), asOf: '2026-03-01' };
    const { status, area } = await check('/valid.json', memoryArea({ [DATASET_UPDATE_KEY]: stored }));
    expect(status.outcome).toBe('rejected');
    expect(area.data[DATASET_UPDATE_KEY]).toEqual(stored);
  });

  it('ignores a stored update built for another dataset version (it used to outrank every later release)', async () => {
    const stored = { ...miniDataset(), version: 2 ** 53 - 1, asOf: '2026-03-01' };
    const { status, area } = await check('/valid.json', memoryArea({ [DATASET_UPDATE_KEY]: stored }));
    expect(status.outcome).toBe('updated');
    expect(area.data[DATASET_UPDATE_KEY]).toEqual(newer);
  });

  it('reports a quota error instead of throwing', async () => {
    const area = memoryArea();
    area.failWith = new Error('QUOTA_BYTES quota exceeded');
    const { status } = await check('/valid.json', area);
    expect(status).toMatchObject({ outcome: 'failed', message: expect.stringContaining('QUOTA_BYTES') });
  });

  it('sends no cookies, no Referer and nothing about the page', async () => {
    await check('/valid.json');
    const seen = server.requests.filter((r) => r.url === '/valid.json').at(-1)!;
    expect(seen.headers.referer).toBeUndefined();
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.url).toBe('/valid.json');
  });
});
