/**
 * compromise's tagger in the shipped extension (Chrome: an offscreen document's worker): on a page that
 * names Tim Cook as well as Lisa Cook, the rules alone drop every bare "Cook"; the tagger, asked by the
 * background, lets the page's last-named bearer decide, so "Cook said she would fight" is Lisa Cook and
 * "Cook said the phones" is not marked. The offscreen document is open and the worker answered.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { MARK, TAGGER_PAGE } from './content-helpers';


let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;

const marksIn = (id: string) => page.$$eval(`#${id} ${MARK}`, (els) => els.map((e) => `${e.textContent}=${e.getAttribute('data-caselens-entity')}`));

beforeAll(async () => {
  server = await startServer({ routes: { '/fed.html': TAGGER_PAGE } });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/fed.html'));
  await page.waitForSelector(MARK);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the tagger in the background', () => {
  it('marks a bare "Cook" after Lisa Cook is named again, and not the one after Tim Cook', async () => {
    await expect.poll(() => marksIn('c'), { timeout: 10_000 }).toEqual(['Lisa Cook=lisa-cook', 'Cook=lisa-cook']);
    expect(await marksIn('b')).toEqual([]);
    expect((await marksIn('a'))[0]).toBe('Lisa Cook=lisa-cook');
  });

  it('runs in an offscreen document', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    const contexts = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] }).then((c) => c.map((x) => x.documentUrl)));
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatch(/\/offscreen\.html$/);
  });
});
