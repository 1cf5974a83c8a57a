/**
 * A single-page site's navigation in real Chromium: the page pushState's to a second article and
 * swaps its content in place (no page load). The content script must start a fresh pass: the second
 * article's names marked, the first's gone, and the badge and popup about the second article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';
import { MARK } from './content-helpers';

const demo = (file: string) => readFileSync(path.join(REPO_ROOT, 'assets/demo', file), 'utf8');
const FIRST_HTML = demo('article.html');
const SECOND_HTML = demo('cook-article.html');
const articleOf = (html: string) => /<article>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';

/** The first article, with a script that "navigates" to the second the way an SPA does: pushState, then swap. */
const SPA_HTML = FIRST_HTML.replace(
  '</body>',
  `<script>
window.__second = ${JSON.stringify(articleOf(SECOND_HTML))};
window.goSecond = () => {
  history.pushState({}, '', '/news/cook.html');
  document.title = 'The fight over Lisa Cook';
  document.querySelector('article').innerHTML = window.__second;
};
</script></body>`,
);

let browser: ExtensionBrowser;
let server: TestServer;

const entityIds = (page: Page) =>
  page.evaluate((sel) => [...new Set([...document.querySelectorAll(sel)].map((m) => m.getAttribute('data-caselens-entity') ?? ''))].sort(), MARK);
const badgeOf = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
async function popupFirstCase(tabId: number): Promise<string | null> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { name: 'Cases this page is about' }).waitFor();
  const first = await popup.locator('article.cl-card h3').first().textContent();
  await popup.close();
  return first;
}

/** Loads `pathname` directly and waits until its scan settles (the same names twice, 1 s apart). */
async function settled(page: Page): Promise<string[]> {
  await page.waitForSelector(MARK);
  let last: string[] = [];
  await expect
    .poll(async () => {
      const now = await entityIds(page);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    }, { interval: 1000 })
    .toBe(true);
  return last;
}

beforeAll(async () => {
  server = await startServer({ routes: { '/news/first.html': SPA_HTML, '/news/cook-direct.html': SECOND_HTML, '/news/abrego-direct.html': FIRST_HTML } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('single-page navigation', () => {
  it('rescans after pushState: the second article marked, the first gone, badge and popup about the second', async () => {
    // What each article gets when loaded on its own.
    const direct = async (p: string) => {
      const page = await browser.context.newPage();
      await page.goto(server.url(p));
      const ids = await settled(page);
      const tabId = await tabIdOf(browser.worker, page);
      await expect.poll(() => badgeOf(tabId)).toBe(String(ids.length));
      const firstCase = await popupFirstCase(tabId);
      await page.close();
      return { ids, firstCase };
    };
    const first = await direct('/news/abrego-direct.html');
    const second = await direct('/news/cook-direct.html');
    expect(first.ids.filter((id) => !second.ids.includes(id)).length).toBeGreaterThan(5);
    expect(second.firstCase).not.toBe(first.firstCase);

    const page = await browser.context.newPage();
    await page.goto(server.url('/news/first.html'));
    expect(await settled(page)).toEqual(first.ids);
    const tabId = await tabIdOf(browser.worker, page);
    await expect.poll(() => badgeOf(tabId)).toBe(String(first.ids.length));

    await page.evaluate(() => (window as unknown as { goSecond: () => void }).goSecond());
    expect(page.url()).toBe(server.url('/news/cook.html'));
    // The first article's names are gone and the second's are marked, exactly as on a fresh load.
    await expect.poll(() => entityIds(page), { timeout: 15_000 }).toEqual(second.ids);
    await expect.poll(() => badgeOf(tabId)).toBe(String(second.ids.length));
    expect(await popupFirstCase(tabId)).toBe(second.firstCase);
    await page.close();
  });
});
