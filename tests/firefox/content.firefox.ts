/**
 * The production Firefox build in real Firefox ESR (headless, WebDriver BiDi): on first run the news
 * sites' host permissions are already granted, so the demo article's names are marked with no step
 * from the user; the page's text is unchanged; a bare "Cook" is settled by compromise's tagger (in a
 * Worker the background page starts); hovering and keyboard focus open the card, Escape
 * closes it; switching the site off removes every mark; and with the news sites' permission
 * withdrawn (about:addons → Permissions) CaseLens stays off there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE_TEXT_BEFORE, DEFAULTS, TAGGER_PAGE } from '../e2e/content-helpers';
import { cardButtonCentre, cardText, EXTENSION_UUID, launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
const MARK = '[data-caselens-entity]';
/** The demo article's names, as marked in Chromium (tests/e2e/popup-panel.e2e.ts counts the same page). */
const DEMO_MARKS = 37;

let ff: FirefoxWithExtension;
let server: TestServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer({ routes: { '/demo.html': DEMO_HTML, '/fed.html': TAGGER_PAGE } });
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const markCount = (page: Page) => page.evaluate((sel) => document.querySelectorAll(sel).length, MARK);
const innerText = (page: Page) => page.evaluate(() => document.body.innerText);
const textBefore = (page: Page) => page.evaluate(() => (window as unknown as { __textBefore?: string }).__textBefore ?? '');
const writeSettings = (settings: Record<string, unknown>) =>
  ff.inExtension((s) => chrome.storage.local.set({ settings: s }), settings);

async function openArticle(): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(CAPTURE_TEXT_BEFORE);
  await page.goto(server.url('/demo.html'));
  await page.waitForSelector(MARK, { timeout: 15_000 });
  await expect.poll(() => markCount(page)).toBe(DEMO_MARKS);
  return page;
}

describe('the Firefox build in Firefox ESR', () => {
  let page: Page;

  it('installs under its add-on id', async () => {
    expect(ff.addonId).toBe('caselens@caselens.example');
    expect(await ff.browser.version()).toMatch(/^firefox\/\d+/);
    expect(await ff.inExtension(() => chrome.runtime.getManifest().manifest_version, null)).toBe(3);
  });

  it('has the news sites granted on first run (Firefox grants MV3 host permissions at install)', async () => {
    const granted = await ff.inExtension(
      () => chrome.permissions.contains({ origins: ['https://*.apnews.com/*'] }),
      null,
    );
    expect(granted).toBe(true);
    // ... and nothing beyond the manifest's own sites.
    const all = await ff.inExtension(() => chrome.permissions.getAll(), null);
    expect(all.origins).not.toContain('https://*/*');
    expect(all.origins).not.toContain('<all_urls>');
    // https only: no plain-http site is asked for.
    expect((all.origins ?? []).filter((o) => o.startsWith('http:'))).toEqual([]);
  });

  it("marks the demo article's names, with no step from the user, and leaves its text unchanged", async () => {
    page = await openArticle();
    const ids = await page.evaluate((sel) => new Set([...document.querySelectorAll(sel)].map((m) => m.getAttribute('data-caselens-entity'))), MARK);
    for (const id of ['paula-xinis', 'nayib-bukele', 'marco-rubio', 'joseph-mazzara']) expect(ids, id).toContain(id);
    expect(await innerText(page)).toBe(await textBefore(page));
    expect(await page.evaluate(() => document.documentElement.dataset.caselensReady)).toBe('1');
  });

  it('settles a bare "Cook" with compromise, in a worker the background page starts', async () => {
    const fed = await ff.browser.newPage();
    fed.on('pageerror', (e) => errors.push(String(e)));
    try {
      await fed.goto(server.url('/fed.html'));
      const marksIn = (id: string) =>
        fed.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => `${e.textContent}=${e.getAttribute('data-caselens-entity')}`), `#${id} ${MARK}`);
      // The rules alone mark neither bare "Cook"; only the tagger's answer marks the one in #c.
      await expect.poll(() => marksIn('c'), { timeout: 15_000 }).toEqual(['Lisa Cook=lisa-cook', 'Cook=lisa-cook']);
      expect(await marksIn('b')).toEqual([]);
    } finally {
      await fed.close();
    }
  });

  it('opens the card on hover, after the hover delay, and closes it on Escape', async () => {
    const mark = await page.$(`${MARK}[data-caselens-entity="paula-xinis"]`);
    await mark!.scrollIntoView();
    await mark!.hover();
    expect(await cardText(page)).toBeNull();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Paula Xinis');
    const text = (await cardText(page)) ?? '';
    expect(text).toMatch(/District Judge/);
    expect(text).toMatch(/Status: /);
    expect(text).toContain('Open case timeline');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it("opens the case timeline in a tab from the card's button (Firefox opens its sidebar only from its own UI)", async () => {
    const tabId = await ff.tabIdOf(page);
    const panelTabs = () =>
      ff.inExtension(async () => (await chrome.tabs.query({})).map((t) => t.url ?? '').filter((u) => u.includes('/sidepanel.html')), null);
    expect(await panelTabs()).toEqual([]);
    await page.mouse.move(0, 0); // off the name the last test left the pointer on, so hovering it is new
    const mark = await page.$(`${MARK}[data-caselens-entity="paula-xinis"]`);
    await mark!.evaluate((m) => m.scrollIntoView({ block: 'start' })); // room below it for the whole card
    await mark!.hover();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Open case timeline');
    const at = await cardButtonCentre(page, 'Open case timeline');
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(panelTabs, { timeout: 10_000 }).toEqual([`moz-extension://${EXTENSION_UUID}/sidepanel.html?tabId=${tabId}`]);
    const panel = (await ff.browser.pages()).find((p) => p !== page && p.url().includes('/sidepanel.html'));
    await panel?.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });

  it('opens the card on keyboard focus (Tab) and gives focus back on Escape', async () => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Tab from the top of the page until a mark has focus.
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-caselens-entity') ?? null);
    }
    expect(focused).not.toBeNull();
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.replace(/: show CaseLens card$/, '') ?? '');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-caselens-entity'))).toBe(focused);
  });

  it('removes every mark when the site is switched off, and marks again when switched back on', async () => {
    const before = await textBefore(page);
    await writeSettings({ ...DEFAULTS, disabledSites: ['apnews.com'] });
    await expect.poll(() => markCount(page)).toBe(0);
    expect(await innerText(page)).toBe(before);
    await writeSettings(DEFAULTS);
    await expect.poll(() => markCount(page)).toBe(DEMO_MARKS);
    expect(await innerText(page)).toBe(before);
  });

  it('stays off on the news sites once their permission is withdrawn (as in about:addons → Permissions)', async () => {
    const origins = await ff.inExtension(() => chrome.runtime.getManifest().host_permissions ?? [], null);
    expect(await ff.inExtension((o) => chrome.permissions.remove({ origins: o }), origins)).toBe(true);
    const after = await ff.browser.newPage();
    await after.goto(server.url('/demo.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await markCount(after)).toBe(0);
    expect(await after.evaluate(() => document.documentElement.dataset.caselensReady ?? null)).toBeNull();
    await after.close();
  });

  it('reported no page errors', () => {
    expect(errors).toEqual([]);
  });
});
