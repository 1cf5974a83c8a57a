/**
 * The popup and the side panel in real Chromium, for a real tab: badge, grouped results, click to
 * reveal, site switch off and on, the panel's timeline, accessibility (axe-core), light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { bundledDataset } from '../../assets/dataset/index';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS_DIR = process.env.CASELENS_SCREENSHOT_DIR ?? path.join(REPO_ROOT, 'test-results/screenshots');
const MARK = '[data-caselens-entity]';

let browser: ExtensionBrowser;
let server: TestServer;
let article: Page;
let tabId: number;

const badge = () => browser.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
const extPage = async (name: 'popup' | 'sidepanel', width: number) => {
  const p = await browser.context.newPage();
  await p.setViewportSize({ width, height: 720 });
  await p.goto(`chrome-extension://${browser.extensionId}/${name}.html?tabId=${tabId}`);
  return p;
};

async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); DevTools evaluation is allowed.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document);
  });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

beforeAll(async () => {
  server = await startServer({ routes: { '/story.html': DEMO_HTML } });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('/story.html'));
  await article.waitForSelector(MARK);
  tabId = await tabIdOf(browser.worker, article);
  mkdirSync(SHOTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('toolbar badge and popup', () => {
  it('badges the tab with the number of distinct names found', async () => {
    const distinct = await article.evaluate(
      (sel) => new Set([...document.querySelectorAll(sel)].map((m) => m.getAttribute('data-caselens-entity'))).size,
      MARK,
    );
    expect(distinct).toBeGreaterThan(10);
    await expect.poll(badge).toBe(String(distinct));
  });

  it('lists the cases and the people found, and reveals a name on the page when clicked', async () => {
    const popup = await extPage('popup', 380);
    await popup.getByRole('heading', { name: 'Cases this page is about' }).waitFor();
    expect(await popup.locator('article.cl-card h3').first().textContent()).toBe('Abrego Garcia I');
    const mazzara = popup.getByRole('button', { name: /^Joseph Mazzara\s*, \d+ mentions?: show on page$/ });
    await mazzara.waitFor();
    expect(await popup.locator('li.cl-entity', { has: mazzara }).textContent()).toContain('Homeland Security');
    const before = await article.evaluate(() => window.scrollY);
    const background = () =>
      article.evaluate((sel) => getComputedStyle(document.querySelector(`${sel}[data-caselens-entity="joseph-mazzara"]`)!).backgroundColor, MARK);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await mazzara.click();
    // highlighted for a moment (through the marks' own !important reset), then back to the page's look
    await expect.poll(background, { interval: 50 }).toBe('rgba(255, 213, 0, 0.6)');
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    const inView = () =>
      article.evaluate((sel) => {
        const r = document.querySelector(`${sel}[data-caselens-entity="joseph-mazzara"]`)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }, MARK);
    await expect.poll(inView).toBe(true);
    await expect.poll(background, { timeout: 5000 }).toBe('rgba(0, 0, 0, 0)');
    expect(await article.evaluate(() => document.querySelectorAll('[data-caselens-flash]').length)).toBe(0);
    await popup.close();
  });

  it('switches the site off (every mark gone, badge cleared) and back on', async () => {
    const textBefore = await article.evaluate(() => document.body.innerText);
    const popup = await extPage('popup', 380);
    const toggle = popup.getByRole('switch', { name: /CaseLens on apnews\.com/ });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => article.locator(MARK).count()).toBe(0);
    await expect.poll(badge).toBe('');
    expect(await article.evaluate(() => document.body.innerText)).toBe(textBefore);
    await popup.getByText('CaseLens is off for apnews.com').waitFor();

    await popup.getByRole('switch').click();
    await expect.poll(() => article.locator(MARK).count()).toBeGreaterThan(10);
    await expect.poll(badge).not.toBe('');
    expect(await article.evaluate(() => document.body.innerText)).toBe(textBefore);
    await popup.close();
  });

  it('passes axe-core with no violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await extPage('popup', 380);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('heading', { name: 'Cases this page is about' }).waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: path.join(SHOTS_DIR, `popup-${scheme}.png`) });
      await popup.close();
    }
  });
});

describe('side panel', () => {
  it("shows the tab's cases with one timeline across courts, newest first, every event sourced", async () => {
    const panel = await extPage('sidepanel', 420);
    const detail = panel.locator('article.cl-detail');
    await detail.waitFor();
    expect(await detail.locator('h2').textContent()).toBe('Abrego Garcia v. Noem');
    expect(await detail.textContent()).toContain('8:25-cv-00951-PX');
    const dates = await detail.locator('.cl-event time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    const levels = new Set(await detail.locator('.cl-event').evaluateAll((es) => es.map((e) => e.getAttribute('data-level'))));
    expect([...levels].sort()).toEqual(['appeals', 'criminal', 'district', 'immigration', 'supreme']);
    const unsourced = await detail.locator('.cl-event').evaluateAll((es) => es.filter((e) => !e.querySelector('a[href^="http"]')).length);
    expect(unsourced).toBe(0);
    await panel.close();
  });

  it('lets the reader find and pick any case with the keyboard', async () => {
    const panel = await extPage('sidepanel', 420);
    await panel.locator('article.cl-detail').waitFor();
    const search = panel.getByLabel('Find a case');
    await search.focus();
    await panel.keyboard.type('birthright');
    await expect.poll(() => panel.locator('.cl-picker button[data-case]').count()).toBeGreaterThan(0);
    // A word of a topic lists that topic's cases; the birthright cases are among them, nothing else is.
    const listed = await panel.locator('.cl-picker button[data-case]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-case')));
    const enforcement = bundledDataset.cases.filter((c) => c.topic === 'enforcement').map((c) => c.id);
    expect(listed).toContain('trump-v-barbara');
    expect(listed.every((id) => enforcement.includes(id ?? ''))).toBe(true);
    await panel.keyboard.press('Control+A');
    await panel.keyboard.type('tariff refund');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('article.cl-detail').getAttribute('aria-labelledby')).toBe('detail-ieepa-tariff-refund-litigation');
    await panel.close();
  });

  it('passes axe-core with no violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const panel = await extPage('sidepanel', 420);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.locator('article.cl-detail').waitFor();
      expect(await axeViolations(panel)).toEqual([]);
      await panel.screenshot({ path: path.join(SHOTS_DIR, `sidepanel-${scheme}.png`) });
      await panel.close();
    }
  });
});
