/**
 * Every page of the shared corpus (230 saved real pages) in real Chromium with the production build:
 * the page's text is unchanged by the marks, the extension logs no error, and the scan is measured.
 * One browser, one tab, navigating; every request that isn't to the local server is blocked.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { CORPUS_DIR } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { CAPTURE_TEXT_BEFORE, DEFAULTS, MARK, scanMeasures, textBefore, writeSettings } from './content-helpers';

const PAGES = ['readability', 'scrapinghub'].flatMap((dir) =>
  readdirSync(path.join(CORPUS_DIR, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/corpus/${dir}/${f}`),
);
/** Long enough for the content script (document_idle) on the slowest page; most take far less. */
const SCAN_WAIT_MS = 8000;

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
const extensionErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ roots: { '/corpus/': CORPUS_DIR } });
  browser = await launchWithExtension();
  const allowedHost = new URL(server.url('/')).host;
  await browser.context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== allowedHost,
    (route) => route.abort(),
  );
  await browser.context.addInitScript(CAPTURE_TEXT_BEFORE);
  await writeSettings(browser.worker, DEFAULTS);
  page = await browser.context.newPage();
  // Saved pages reference chrome-extension://invalid/ and the like: only our own id or name counts.
  const ours = new RegExp(`caselens|${browser.extensionId}`, 'i');
  page.on('pageerror', (e) => {
    if (ours.test(`${e.message}\n${e.stack ?? ''}`)) extensionErrors.push(`${page.url()}: ${e.message}`);
  });
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && ours.test(`${m.text()} ${m.location().url}`)) {
      extensionErrors.push(`${page.url()}: ${m.text()}`);
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's text with the marks, then with CaseLens switched off (marks unwrapped), must be equal. */
async function textWithAndWithoutMarks(): Promise<[string, string]> {
  const marked = await page.evaluate(() => document.body.innerText);
  await writeSettings(browser.worker, { ...DEFAULTS, disabledSites: ['apnews.com'] });
  await expect.poll(() => page.locator(MARK).count()).toBe(0);
  const unmarked = await page.evaluate(() => document.body.innerText);
  await writeSettings(browser.worker, DEFAULTS);
  return [marked, unmarked];
}

describe(`the corpus (${PAGES.length} pages)`, () => {
  it('leaves every page text unchanged, logs no extension error, and measures its scan', async () => {
    const problems: string[] = [];
    let marked = 0;
    for (const p of PAGES) {
      try {
        await page.goto(server.url(p), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await expect.poll(async () => (await scanMeasures(page)).length, { timeout: SCAN_WAIT_MS }).toBeGreaterThan(0);
        if ((await page.locator(MARK).count()) > 0) marked++;
        const now = await page.evaluate(() => document.body.innerText);
        if (now !== (await textBefore(page))) {
          // The page's own scripts may have changed it since DOMContentLoaded: compare with the marks unwrapped.
          const [withMarks, without] = await textWithAndWithoutMarks();
          if (withMarks !== without) problems.push(`${p}: innerText changed by the marks`);
        }
      } catch (e) {
        problems.push(`${p}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    console.log(`corpus: ${PAGES.length} pages, ${marked} with marks`);
    expect(problems).toEqual([]);
    expect(extensionErrors).toEqual([]);
  }, 600_000);
});
