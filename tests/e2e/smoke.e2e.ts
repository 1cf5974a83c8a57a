/**
 * Smoke test in real Chromium with the production build: the extension loads, its service worker
 * starts, the content script runs on a news site, and the popup and side panel render.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { bundledDataset } from '../../assets/dataset/index';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/demo.html': DEMO_HTML } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension in Chromium', () => {
  it('starts its service worker with the manifest we built', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('CaseLens');
    expect(manifest.manifest_version).toBe(3);
  });

  it('runs its content script on a default news site', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo.html'));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBe('1');
    await page.close();
  });

  it('does not run on a site that is not switched on', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo.html', 'example.org'));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBeNull();
    await page.close();
  });

  it('renders the popup for a tab', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/demo.html'));
    const tabId = await tabIdOf(browser.worker, article);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { name: 'CaseLens' }).count()).toBe(1);
    await popup.close();
    await article.close();
  });

  it('renders the side panel with every bundled case to pick from, grouped by topic', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('.cl-picker button[data-case]').count()).toBe(bundledDataset.cases.length);
    const withCases = bundledDataset.topics.filter((t) => bundledDataset.cases.some((c) => c.topic === t.id));
    expect(await panel.locator('.cl-picker h3').allTextContents()).toEqual(withCases.map((t) => t.label));
    await panel.locator('.cl-picker button[data-case="noem-v-abrego-garcia"]').click();
    await expect.poll(() => panel.locator('article.cl-detail h2').textContent()).toBe('Noem v. Abrego Garcia');
    await panel.close();
  });
});
