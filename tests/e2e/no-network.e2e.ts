/**
 * With default settings the extension makes no network request: every request the browser context
 * sees (pages and the service worker) is recorded while an article is read, the popup, side panel
 * and options page open, and the background wakes; apart from the test page's own requests to the
 * test server and the extension's own files, there must be none. A probe from the service worker
 * shows the recorder does see the worker's requests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
/** Let timers, alarms and any deferred work in the background have a go. */
const SETTLE_MS = 3000;

let browser: ExtensionBrowser;
let server: TestServer;
const seen: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  // Playwright reports a service worker's own requests only with this switch on.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startServer({ routes: { '/demo.html': DEMO_HTML, '/probe.json': '{}' } });
  browser = await launchWithExtension();
  browser.context.on('request', (r: Request) => seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Requests that are neither the extension's own files nor the test page's requests to the test server. */
function outside(): string[] {
  const testOrigin = (u: URL) => u.hostname !== '127.0.0.1' && u.port === String(server.port) && u.pathname !== '/probe.json';
  return seen
    .map((s) => new URL(s.url))
    .filter((u) => u.protocol !== 'chrome-extension:' && u.protocol !== 'data:' && u.protocol !== 'blob:' && !testOrigin(u))
    .map((u) => u.href);
}

describe('no network requests with default settings', () => {
  it('reads an article, opens every extension page, and sends nothing anywhere', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/demo.html'));
    await expect.poll(() => article.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBe('1');
    const tabId = await tabIdOf(browser.worker, article);
    for (const page of [`popup.html?tabId=${tabId}`, `sidepanel.html?tabId=${tabId}`, 'options.html']) {
      const p = await browser.context.newPage();
      await p.goto(`chrome-extension://${browser.extensionId}/${page}`);
      await expect.poll(() => p.locator('h1').count()).toBe(1);
      await p.close();
    }
    await article.reload();
    await article.waitForTimeout(SETTLE_MS);
    expect(await browser.worker.evaluate(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name)))).toEqual([]);
    expect(outside()).toEqual([]);
    // The page's own requests were seen (the recorder works for pages) ...
    expect(seen.some((s) => s.url.endsWith('/demo.html'))).toBe(true);
    await article.close();
  });

  it('would have seen a request from the service worker', async () => {
    // A default news site's host (the extension holds its permission), resolved to the test server.
    const url = server.url('/probe.json');
    expect(await browser.worker.evaluate((u: string) => fetch(u).then((r) => r.status), url)).toBe(200);
    await expect.poll(() => seen.filter((s) => s.url === url && s.fromWorker).length).toBe(1);
  });
});
