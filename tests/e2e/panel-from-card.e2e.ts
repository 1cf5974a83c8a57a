/**
 * The hover card's "Open case timeline" asks the background for the side panel on that case; the panel
 * for the tab then shows the requested case. (Chromium may refuse to open a real side panel headless, so
 * the request is checked through what the background records, and the panel is opened as a page.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';
import { cardText, MARK } from './content-helpers';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/demo.html': readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8') } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('from a hover card to the side panel', () => {
  it("opens the side panel on the card's case", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo.html'));
    const mark = page.locator(`${MARK}[data-caselens-entity="waverly-crenshaw"]`).first();
    await mark.waitFor();
    // The name near the top, so the card opens below it, in view.
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
    await mark.hover();
    await expect.poll(() => cardText(page)).toContain('Tennessee criminal case');
    await page.locator('caselens-hovercard').getByRole('button', { name: 'Open case timeline' }).click();

    const tabId = await tabIdOf(browser.worker, page);
    const focus = () => browser.worker.evaluate(async () => (await chrome.storage.session.get('sidepanel:focus'))['sidepanel:focus'] ?? null);
    await expect.poll(focus).toEqual({ tabId, caseId: 'us-v-abrego-garcia' });

    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('article.cl-detail h2').textContent()).toBe('United States v. Abrego Garcia');
    expect(await panel.locator('article.cl-detail').textContent()).toContain('Dismissed');
  });
});
