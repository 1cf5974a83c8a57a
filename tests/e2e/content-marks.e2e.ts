/**
 * The content script on our own test articles in real Chromium: the expected names are marked, the text
 * is unchanged, the card opens on hover and on keyboard focus with the right person and status, closes
 * on Escape, and switching the site off restores the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { CAPTURE_TEXT_BEFORE, cardText, DEFAULTS, MARK, marksOf, paragraphShape, pointAtCard, scanMeasures, textBefore, writeSettings } from './content-helpers';

const PAGES_DIR = path.join(FIXTURES_DIR, 'pages');
const routes: Record<string, string> = { '/demo.html': readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8') };
for (const f of readdirSync(PAGES_DIR)) routes[`/pages/${f}`] = readFileSync(path.join(PAGES_DIR, f), 'utf8');
routes['/split.html'] = `<!doctype html><html><head><title>Split</title></head><body><article>
  <p>U.S. District Judge <a href="#bio">Paula <b>Xinis</b></a> held a hearing on Friday. Nayib Bukele was not there.</p></article></body></html>`;

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer({ routes });
  browser = await launchWithExtension();
  await browser.context.addInitScript(CAPTURE_TEXT_BEFORE);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await writeSettings(browser.worker, DEFAULTS);
  await page?.close();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /caselens|chrome-extension/i.test(m.text())) errors.push(m.text());
  });
});

async function open(pathname: string): Promise<void> {
  await page.goto(server.url(pathname));
  await page.waitForSelector(MARK, { timeout: 10_000 });
  await expect.poll(async () => (await scanMeasures(page)).length).toBeGreaterThan(0);
}

const ids = async () => new Set((await marksOf(page)).map((m) => m.split('=')[0]));

describe('marks on a hearing report', () => {
  it('marks the people, places and courts it names, and nothing in code or form fields', async () => {
    await open('/pages/hearing-report.html');
    const found = await ids();
    for (const id of ['paula-xinis', 'nayib-bukele', 'robert-cerna', 'joseph-mazzara', 'marco-rubio', 'us-supreme-court', 'cecot', 'ice']) {
      expect(found, id).toContain(id);
    }
    const inSkipped = await page.evaluate((sel) => document.querySelectorAll(`pre ${sel}, textarea ${sel}, nav ${sel}`).length, MARK);
    expect(inSkipped).toBe(0);
    for (const m of await marksOf(page)) expect(m).toMatch(/=\S/);
  });

  it('leaves the text unchanged and makes marks focusable buttons with a name', async () => {
    await open('/pages/hearing-report.html');
    expect(await page.evaluate(() => document.body.innerText)).toBe(await textBefore(page));
    const attrs = await page.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).first().evaluate((m) => [m.getAttribute('tabindex'), m.getAttribute('role'), m.getAttribute('aria-label'), getComputedStyle(m).display]);
    expect(attrs).toEqual(['0', 'button', 'Paula Xinis: show CaseLens card', 'inline']);
  });

  it('shows the card after hovering, keeps it on the card, and closes it on Escape', async () => {
    await open('/pages/hearing-report.html');
    await page.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).first().hover();
    expect(await cardText(page)).toBeNull();
    await expect.poll(() => cardText(page)).toContain('Paula Xinis');
    const text = (await cardText(page)) ?? '';
    expect(text).toMatch(/District Judge/);
    expect(text).toMatch(/Status: /);
    expect(text).toContain('Open case timeline');
    await pointAtCard(page, '.cl-hovercard');
    await page.waitForTimeout(600);
    expect(await cardText(page)).toContain('Paula Xinis');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it('opens on keyboard focus and gives focus back on Escape', async () => {
    await open('/pages/hearing-report.html');
    await page.locator(`${MARK}[data-caselens-entity="nayib-bukele"]`).first().focus();
    await expect.poll(() => cardText(page)).toContain('Nayib Bukele');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-caselens-entity'))).toBe('nayib-bukele');
  });

  it('removes every mark when the site is switched off and marks again when switched back on', async () => {
    await open('/pages/hearing-report.html');
    const before = await textBefore(page);
    await writeSettings(browser.worker, { ...DEFAULTS, disabledSites: ['apnews.com'] });
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    await writeSettings(browser.worker, DEFAULTS);
    await expect.poll(() => page.locator(MARK).count()).toBeGreaterThan(5);
  });

  it('restores the original text nodes exactly', async () => {
    await open('/pages/hearing-report.html');
    expect(await paragraphShape(page)).not.toEqual(await paragraphShape(page, true));
    await writeSettings(browser.worker, { ...DEFAULTS, disabledSites: ['apnews.com'] });
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    expect(await paragraphShape(page)).toEqual(await paragraphShape(page, true));
  });

  it('marks new paragraphs added after load, once', async () => {
    await open('/pages/hearing-report.html');
    const n = await page.locator(MARK).count();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Nayib Bukele spoke again.';
      document.querySelector('article')?.append(p);
    });
    await expect.poll(() => page.locator(MARK).count()).toBe(n + 1);
    await page.waitForTimeout(300);
    expect(await page.locator(MARK).count()).toBe(n + 1);
  });

  it('marks the demo article', async () => {
    await open('/demo.html');
    const found = await ids();
    for (const id of ['paula-xinis', 'nayib-bukele', 'marco-rubio', 'joseph-mazzara']) expect(found, id).toContain(id);
    expect(await page.evaluate(() => document.body.innerText)).toBe(await textBefore(page));
  });

  it('marks a name split by markup once per text node, with one Tab stop, and shows its card from either part', async () => {
    await open('/split.html');
    const parts = await page.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).evaluateAll((ms) => ms.map((m) => [m.textContent, m.parentElement?.localName, m.getAttribute('tabindex')]));
    expect(parts).toEqual([
      ['Paula', 'a', '0'],
      ['Xinis', 'b', null],
    ]);
    expect(await page.evaluate(() => document.body.innerText)).toBe(await textBefore(page));
    await page.locator(`b > ${MARK}`).hover();
    await expect.poll(() => cardText(page)).toContain('Paula Xinis');
    // moving to the other part of the same name keeps the card (one anchor for both parts)
    await page.locator(`a > ${MARK}`).hover();
    expect(await cardText(page)).toContain('Paula Xinis');
  });

  it('reported no errors', () => {
    expect(errors).toEqual([]);
  });
});
