/** The background's per-tab results: bounded, for the document that sent them, cleared on loading, failures told. */
import { describe, expect, it } from 'vitest';
import { createTabResults, RETIRED_MS, startsLoading, type TabResultsDeps } from '../../../entrypoints/background/tab-results';
import { toMatchIndex } from '../../../lib/dataset/match-index';
import { compileMatcher } from '../../../lib/match';
import { MAX_STORED_URL } from '../../../lib/page-report';
import { tabResultsKey } from '../../../lib/protocol';
import { testDataset } from '../../lib/match/test-dataset';

const { targets } = compileMatcher(toMatchIndex(testDataset));
const U1 = 'https://apnews.com/article/one';
const U2 = 'https://apnews.com/article/two';

function setup() {
  const data: Record<string, unknown> = {};
  const tabs = new Map<number, { url?: string; pendingUrl?: string }>([[4, { url: U1 }]]);
  const badges = new Map<number, number>();
  let clock = 1_000;
  let failWith: Error | undefined;
  let beforeWrite: (() => Promise<void>) | undefined;
  const deps: TabResultsDeps = {
    session: {
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        await beforeWrite?.();
        if (failWith) throw failWith;
        Object.assign(data, structuredClone(items));
      },
      remove: async (key) => void delete data[key],
    },
    getTab: async (id) => tabs.get(id),
    setBadge: async (id, n) => void badges.set(id, n),
    targets: async () => targets,
    now: () => clock,
  };
  const store = createTabResults(deps);
  return {
    store, data, tabs, badges,
    tick: (ms: number) => (clock += ms),
    fail: (e: Error | undefined) => (failWith = e),
    onWrite: (f: (() => Promise<void>) | undefined) => (beforeWrite = f),
  };
}

const sender = (over: object = {}) => ({ tabId: 4, url: U1, documentId: 'D1', documentLifecycle: 'active', ...over });
const report = (url = U1, counts: Record<string, number> = { 'paula-xinis': 2 }) => ({ url, counts });

describe('tab results', () => {
  it('keeps a bounded URL (origin and path, capped) and only ids the dataset knows', async () => {
    const t = setup();
    const long = `${U1}/${'x'.repeat(2 * 1024 * 1024)}?q=secret`;
    t.tabs.set(4, { url: long });
    expect(await t.store.report(sender({ url: long }), report(long, { 'paula-xinis': 2, 'made-up-id': 5 }))).toBe('kept');
    const stored = (await t.store.read(4)).results!;
    expect(stored.url.length).toBe(MAX_STORED_URL);
    expect(stored.url).not.toContain('secret');
    expect(stored.counts).toEqual({ 'paula-xinis': 2 });
    expect(t.badges.get(4)).toBe(1);
  });

  it('clears a tab when it starts loading, even without a new URL in the change', async () => {
    expect(startsLoading({ status: 'loading' })).toBe(true);
    expect(startsLoading({ status: 'complete' })).toBe(false);
    const t = setup();
    await t.store.report(sender(), report());
    await t.store.loading(4);
    expect(t.data[tabResultsKey(4)]).toBeUndefined();
    expect(t.badges.get(4)).toBe(0);
  });

  it('drops a report from the previous page that lands after the tab started loading', async () => {
    const t = setup();
    await t.store.report(sender(), report());
    await t.store.loading(4); // a reload of the same URL
    expect(await t.store.report(sender(), report())).toMatch(/before the tab started loading/);
    // the new document's report is kept
    expect(await t.store.report(sender({ documentId: 'D2' }), report())).toBe('kept');
    // and, long after, a page restored from the back/forward cache may report again
    t.tick(RETIRED_MS);
    expect(await t.store.report(sender(), report())).toBe('kept');
  });

  it('drops a report that was on its way while the tab started loading', async () => {
    const t = setup();
    t.onWrite(async () => {
      t.onWrite(undefined);
      await t.store.loading(4);
    });
    expect(await t.store.report(sender(), report())).toMatch(/started loading/);
    expect(t.data[tabResultsKey(4)]).toBeUndefined();
  });

  it('without documentId (Firefox), refuses a report for a page the tab no longer shows', async () => {
    const t = setup();
    t.tabs.set(4, { url: U2 });
    expect(await t.store.report({ tabId: 4, url: U1 }, report(U1))).toMatch(/another page/);
    expect((await t.store.read(4)).results).toBeNull();
  });

  it('tells the popup when a save fails (the session quota), and forgets it once a save works', async () => {
    const t = setup();
    t.fail(new Error('Session storage quota bytes exceeded. Values were not stored.'));
    expect(await t.store.report(sender(), report())).toMatch(/could not save/);
    expect(await t.store.read(4)).toEqual({ results: null, saveError: expect.stringMatching(/could not save this page's results \(Session storage quota/) });
    t.fail(undefined);
    await t.store.report(sender(), report());
    expect((await t.store.read(4)).saveError).toBeNull();
  });
});
