/**
 * The hover card's "Open case timeline" button in Chromium, through the one panel adapter
 * (lib/platform/side-panel.ts): the background records the tab and case for the panel and opens the
 * side panel; it never falls back to a tab in Chrome (that fallback is Firefox's, see the unit tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PANEL_FOCUS_KEY } from '../../lib/protocol';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';
import { pointAtCard } from './content-helpers';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
/** Longer than the hover card's dwell time. */
const HOVER_WAIT_MS = 1200;

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/panel.html': DEMO_HTML } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('opens the side panel on the card\'s case, with no extra tab, and the panel shows that case', async () => {
  const article = await browser.context.newPage();
  await article.goto(server.url('/panel.html'));
  // Near the end of the article, so the card has to flip above the name to fit.
  const name = article.locator('[data-caselens-entity="waverly-crenshaw"]').first();
  // The name near the top, so the card opens below it, in view.
  await name.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
  await name.hover();
  await article.waitForTimeout(HOVER_WAIT_MS);
  const tabId = await tabIdOf(browser.worker, article);
  const pagesBefore = browser.context.pages().length;

  await pointAtCard(article, 'button', { text: 'Open case timeline', click: true });

  const focus = () =>
    browser.worker.evaluate(async (key: string) => (await chrome.storage.session.get(key))[key] ?? null, PANEL_FOCUS_KEY);
  await expect.poll(focus).toEqual({ tabId, caseId: 'us-v-abrego-garcia', entityId: null });
  const sidePanels = () =>
    browser.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length);
  await expect.poll(sidePanels).toBe(1);
  expect(browser.context.pages().length).toBe(pagesBefore);

  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect.poll(() => panel.locator('article.cl-detail h2').textContent()).toBe('United States v. Abrego Garcia');
  expect(await panel.locator('article.cl-detail').textContent()).toContain('Dismissed');
  await panel.close();
  await article.close();
});
