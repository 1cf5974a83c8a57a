/**
 * A Firefox that doesn't grant MV3 host permissions at install (`extensions.originControls.grantByDefault`
 * false, as before Firefox 127 or when a user or policy turns it off): CaseLens installs with no site
 * access and leaves news articles alone until the user allows the sites (README: Firefox). With the
 * default pref the same build marks the page (content.firefox.ts), so this is the pref's doing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
/** Longer than the content script needs to mark the demo article in content.firefox.ts. */
const WAIT_MS = 2000;

let ff: FirefoxWithExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/demo.html': DEMO_HTML } });
  ff = await launchFirefoxWithExtension({ prefs: { 'extensions.originControls.grantByDefault': false } });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox without host permissions granted at install', () => {
  it('installs with no site access at all', async () => {
    expect(ff.addonId).toBe('caselens@caselens.example');
    const all = await ff.inExtension(() => chrome.permissions.getAll(), null);
    expect(all.origins ?? []).toEqual([]);
    expect(await ff.inExtension(() => chrome.permissions.contains({ origins: ['https://*.apnews.com/*'] }), null)).toBe(false);
  });

  it('leaves a news article alone: no marks, no content script', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/demo.html'));
    await new Promise((r) => setTimeout(r, WAIT_MS));
    expect(await page.evaluate(() => document.querySelectorAll('[data-caselens-entity]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBeNull();
    await page.close();
  });
});
