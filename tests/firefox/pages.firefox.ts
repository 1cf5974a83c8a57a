/**
 * The extension's pages in real Firefox ESR, for a real tab, each opened as a tab (a test can't open
 * the toolbar popup or the sidebar: Firefox opens them only on a click in its own UI): the popup
 * lists the tab's names and its switch turns the site off and on; the sidebar page shows the case
 * timeline. Throughout, with default settings, no request leaves the machine: every request Firefox
 * would send off it (from any page or from the extension's background) lands in a recording proxy,
 * which must stay empty; a probe from the background shows the proxy does see those.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../assets/dataset/index';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
const MARK = '[data-caselens-entity]';
/** Let timers, alarms and any deferred work in the background have a go. */
const SETTLE_MS = 2000;

let ff: FirefoxWithExtension;
let server: TestServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer({ routes: { '/story.html': DEMO_HTML } });
  ff = await launchFirefoxWithExtension();
  article = await ff.browser.newPage();
  await article.goto(server.url('/story.html'));
  await article.waitForSelector(MARK, { timeout: 15_000 });
  tabId = await ff.tabIdOf(article);
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const markCount = () => article.evaluate((sel) => document.querySelectorAll(sel).length, MARK);
const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));

async function waitFor(page: Page, sel: string): Promise<void> {
  await page.waitForSelector(sel, { timeout: 15_000 });
}

describe('the popup page, for the article tab', () => {
  it("badges the tab with its distinct names and lists the cases the page is about and every name marked on it, with each name's mention count", async () => {
    // The page's results reach the background once they settle; the badge shows they did.
    const badge = () => ff.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 15_000 }).toMatch(/^\d+$/);
    const marked = await article.evaluate((sel) => {
      const counts: Record<string, number> = {};
      for (const m of document.querySelectorAll(sel)) {
        if (m.getAttribute('tabindex') !== '0') continue; // the rest of a name split by markup
        const id = m.getAttribute('data-caselens-entity') ?? '';
        counts[id] = (counts[id] ?? 0) + 1;
      }
      return counts;
    }, MARK);
    expect(await badge()).toBe(String(Object.keys(marked).length));
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitFor(popup, 'li.cl-entity');
    expect(await texts(popup, 'h2, h3')).toContain('Cases this page is about');
    expect((await texts(popup, 'article.cl-card h3'))[0]).toBe('Abrego Garcia I');
    const listed = await popup.$$eval('li.cl-entity', (lis) =>
      lis.map((li) => [li.querySelector('strong')?.textContent ?? '', Number(li.querySelector('.cl-count')?.textContent?.replace('×', ''))] as const),
    );
    const nameOf = new Map(bundledDataset.entities.map((e) => [e.id, e.name]));
    const expected = Object.entries(marked)
      .filter(([id]) => nameOf.has(id))
      .map(([id, n]) => [nameOf.get(id)!, n] as const);
    expect(listed.length).toBeGreaterThan(10);
    expect(new Map(listed)).toEqual(new Map(expected));
    await popup.close();
  });

  it('switches the site off (every mark gone, text unchanged) and back on', async () => {
    const textBefore = await article.evaluate(() => document.body.innerText);
    const marks = await markCount();
    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    const toggle = 'input[role="switch"]';
    await waitFor(popup, toggle);
    expect(await popup.$eval(toggle, (i) => (i as HTMLInputElement).checked)).toBe(true);
    await popup.click(toggle);
    await expect.poll(markCount).toBe(0);
    expect(await article.evaluate(() => document.body.innerText)).toBe(textBefore);
    await expect.poll(() => popup.evaluate(() => document.body.textContent ?? '')).toContain('CaseLens is off for apnews.com');
    await popup.click(toggle);
    await expect.poll(markCount).toBe(marks);
    expect(await article.evaluate(() => document.body.innerText)).toBe(textBefore);
    await popup.close();
  });
});

describe('the sidebar page, for the article tab', () => {
  it("shows the tab's case with one timeline across courts, newest first, every event sourced", async () => {
    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await waitFor(panel, 'article.cl-detail h2');
    expect(await panel.$eval('article.cl-detail h2', (h) => h.textContent)).toBe('Abrego Garcia v. Noem');
    const dates = await panel.$$eval('article.cl-detail .cl-event time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    const unsourced = await panel.$$eval('article.cl-detail .cl-event', (es) => es.filter((e) => !e.querySelector('a[href^="http"]')).length);
    expect(unsourced).toBe(0);
    await panel.close();
  });
});

describe('no request leaves the machine with default settings', () => {
  it('after reading the article and opening the popup, sidebar and options pages, the proxy saw nothing', async () => {
    for (const page of [`popup.html?tabId=${tabId}`, `sidepanel.html?tabId=${tabId}`, 'options.html']) {
      const p = await ff.openExtensionPage(page);
      await waitFor(p, 'h1');
      await p.close();
    }
    await article.reload();
    await article.waitForSelector(MARK, { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await ff.inExtension(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name)), null)).toEqual([]);
    expect(ff.outbound).toEqual([]);
  });

  it("would have seen a request from the extension's background", async () => {
    // The background is an event page in Firefox; an extension page can reach its window.
    const failed = await ff.inExtension(async () => {
      const bg = (await (chrome.runtime as unknown as { getBackgroundPage(): Promise<Window> }).getBackgroundPage());
      return bg.fetch('https://probe.caselens.invalid/').then(() => false, () => true);
    }, null);
    expect(failed).toBe(true);
    await expect.poll(() => ff.outbound).toEqual(['probe.caselens.invalid:443']);
  });
});
