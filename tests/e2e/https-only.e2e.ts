/**
 * Host access is https only: the built manifest asks for no http pattern, the same article served
 * over plain http on a default news site gets no marks, the popup offers no switch there, and over
 * https (the test server's default) it is marked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { MARK } from './content-helpers';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');

let browser: ExtensionBrowser;
let secure: TestServer;
let plain: TestServer;

beforeAll(async () => {
  secure = await startServer({ routes: { '/story.html': DEMO_HTML } });
  plain = await startServer({ routes: { '/story.html': DEMO_HTML }, protocol: 'http' });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await secure?.close();
  await plain?.close();
});

describe('https only', () => {
  it('asks for no http access, at install or later', async () => {
    const m = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    const patterns = [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
    expect(patterns.length).toBeGreaterThan(40);
    expect(patterns.filter((p) => !p.startsWith('https://'))).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('leaves a plain-http page of a news site alone, with no switch in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(plain.url('/story.html'));
    expect(page.url().startsWith('http://apnews.com:')).toBe(true);
    // No host access to http pages, so the worker can't see this tab's address: it is the active tab.
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    expect(await browser.worker.evaluate(async (id: number) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBeNull();
    await page.waitForTimeout(2000);
    expect(await page.locator(MARK).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBeNull();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    // (Opened as a tab, the popup has no activeTab grant, so it can't even read this tab's address.)
    await expect.poll(() => popup.locator('main').textContent()).toContain('CaseLens can’t run on this page.');
    expect(await popup.getByRole('switch').count()).toBe(0);
    await popup.close();

    // The same article over https is marked.
    await page.goto(secure.url('/story.html'));
    expect(page.url().startsWith('https://apnews.com:')).toBe(true);
    await page.waitForSelector(MARK);
    await page.close();
  });
});
