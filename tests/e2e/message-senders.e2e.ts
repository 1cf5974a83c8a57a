/**
 * What a compromised renderer can ask of the background, in Chromium: code run in the content script's
 * own (isolated) world, with the extension's messaging, is refused getTabResults, checkUpdatesNow and
 * an out-of-bounds matchBlocks; the report it sends is stored with a bounded URL; the popup still reads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabResultsKey } from '../../lib/protocol';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
const MARK = '[data-caselens-entity]';

let browser: ExtensionBrowser;
let server: TestServer;
let article: Page;
let tabId: number;

/** Sends a message in @webext-core/messaging's format from the tab's isolated world (where the content script runs). */
async function fromContentWorld(type: string, data: unknown): Promise<{ res?: unknown; err?: { message?: string } }> {
  return browser.worker.evaluate(
    async ([id, t, d]) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id as number },
        // `undefined` can't cross into the page: no data is sent as no argument.
        args: d === undefined ? [t] : [t, d],
        func: (msgType: unknown, msgData?: unknown) =>
          chrome.runtime.sendMessage({ id: 1, type: msgType, data: msgData, timestamp: Date.now() }),
      });
      return result?.result as { res?: unknown; err?: { message?: string } };
    },
    [tabId, type, data] as const,
  );
}

beforeAll(async () => {
  server = await startServer({ routes: { '/story.html': DEMO_HTML } });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.url('/story.html')}?session=secret-token#top`);
  await article.waitForSelector(MARK);
  tabId = await tabIdOf(browser.worker, article);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a content script world asking the background', () => {
  it('is refused another tab\'s results (browsing history), and this one\'s', async () => {
    const answer = await fromContentWorld('getTabResults', tabId);
    expect(answer.res).toBeUndefined();
    expect(answer.err?.message).toMatch(/Refused: getTabResults: only the extension's own pages/);
  });

  it('can\'t force an update check', async () => {
    expect((await fromContentWorld('checkUpdatesNow', undefined)).err?.message).toMatch(/Refused: checkUpdatesNow/);
  });

  it('can\'t make the matcher loop or allocate without bound', async () => {
    const loop = await fromContentWorld('matchBlocks', { pass: 'x', first: 1e9, texts: [] });
    expect(loop.err?.message).toMatch(/Refused: matchBlocks: first/);
    const huge = await fromContentWorld('matchBlocks', { pass: 'x', first: 0, texts: [], resolve: [0, 1e9] });
    expect(huge.err?.message).toMatch(/Refused: matchBlocks: resolve/);
    // an ordinary request still works
    const ok = await fromContentWorld('matchBlocks', { pass: 'x', first: 0, texts: ['Judge Paula Xinis ruled.'], resolve: [0, 1] });
    expect(ok.err).toBeUndefined();
    expect(ok.res).toEqual([[expect.objectContaining({ entityId: 'paula-xinis' })]]);
  });
});

describe('the tab\'s results', () => {
  it('are stored with the page\'s origin and path only (no query, no fragment)', async () => {
    // The content script reports 400 ms after its last mention.
    let stored: unknown;
    for (let i = 0; i < 50 && stored === undefined; i++) {
      stored = await browser.worker.evaluate(async (key: string) => (await chrome.storage.session.get(key))[key], tabResultsKey(tabId));
      if (stored === undefined) await article.waitForTimeout(100);
    }
    const url = (stored as { url: string }).url;
    expect(url).toBe(new URL(server.url('/story.html')).origin + '/story.html');
  });

  it('are read by the popup, an extension page', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('li.cl-entity');
    expect(await popup.locator('li.cl-entity').count()).toBeGreaterThan(2);
    await popup.close();
  });
});
