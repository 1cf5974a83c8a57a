/**
 * Hostile pages, generated here: a 1,000,000-word page, markup nested 5,000 levels deep, CSS aimed at
 * `mark`, `span` and `*` with !important, and text inside iframes and shadow DOM. The content script
 * must not crash, must keep every scan chunk short, and its marks and card must keep their look.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { cardText, DEFAULTS, MARK, scanMeasures, writeSettings } from './content-helpers';

const LONG_TASK_MS = 50;
const html = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

function millionWords(): string {
  const filler = 'the hearing went on and lawyers argued about what the order meant for the man held abroad'.split(' ');
  const paras: string[] = [];
  for (let words = 0, i = 0; words < 1_000_000; i++, words += 52) {
    paras.push(`<p>Judge Paula Xinis ${Array.from({ length: 50 }, (_, k) => filler[(i + k) % filler.length]).join(' ')}.</p>`);
  }
  return html(`<article>${paras.join('')}</article>`);
}

function deep(levels: number, tag: string): string {
  return html(`${`<${tag}>`.repeat(levels)}<p>Nayib Bukele spoke to Paula Xinis.</p>${`</${tag}>`.repeat(levels)}<p>Marco Rubio was there.</p>`);
}

const HOSTILE_CSS = `<style>
  mark, span, a, * { color: rgb(255, 0, 0) !important; background: yellow !important; display: block !important;
    font-size: 40px !important; text-decoration: none !important; border: 5px solid green !important; padding: 10px !important; }
  body * { text-decoration: line-through !important; }
</style>`;

const routes = {
  '/million.html': millionWords(),
  '/deep-div.html': deep(5000, 'div'),
  '/deep-span.html': html(`<p>${'<span>'.repeat(5000)}Paula Xinis${'</span>'.repeat(5000)}</p><p>Marco Rubio was there.</p>`),
  '/css.html': html('<article><p>U.S. District Judge Paula Xinis heard the case. Nayib Bukele did not attend.</p></article>', HOSTILE_CSS),
  '/frames.html': html(
    `<article><p>Paula Xinis ruled again.</p><iframe srcdoc="<p>Nayib Bukele inside a frame.</p>"></iframe><div id="host"></div></article>
     <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Marco Rubio inside a shadow root.</p>';</script>`,
  ),
};

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  server = await startServer({ routes });
  browser = await launchWithExtension();
  await writeSettings(browser.worker, DEFAULTS);
  await browser.context.addInitScript(
    `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`,
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await page?.close();
  errors = [];
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

const passDone = (timeout = 30_000) => page.waitForFunction(() => performance.getEntriesByName('caselens:pass').length > 0, undefined, { timeout });

describe('hostile pages', () => {
  it('scans a 1,000,000-word page in short chunks and stays responsive', async () => {
    await page.goto(server.url('/million.html'), { timeout: 60_000 });
    const passStart = await page.evaluate(() => performance.now());
    await passDone(120_000);
    const chunks = await scanMeasures(page);
    expect(chunks.length).toBeGreaterThan(10);
    // Chunks aim at 8 ms (a garbage collection landing in one can stretch it). Long tasks remain, and
    // they are the browser's: each frame after a batch of marks relays out the whole million-word page
    // (about 45 ms here, plus a little per mark), so marks go in at most MARKS_PER_FRAME per frame and
    // those frames stay near 50-90 ms (the page's own first layout, or a collection, can land in one and
    // reach about 110 ms on a loaded machine). Guarded here: 95% of chunks stay under half the limit,
    // none is over twice it, and no task after load passes three times the limit.
    const sorted = [...chunks].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(LONG_TASK_MS / 2);
    expect(Math.max(...chunks)).toBeLessThan(LONG_TASK_MS * 2);
    const ours = await page.evaluate((t) => (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([s]) => s > t), passStart);
    expect(ours.filter(([, d]) => d > LONG_TASK_MS * 3)).toEqual([]);
    expect(await page.locator(MARK).count()).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  }, 180_000);

  it.each(['/deep-div.html', '/deep-span.html'])('survives markup nested 5,000 levels deep (%s)', async (p) => {
    await page.goto(server.url(p));
    await passDone();
    expect(errors).toEqual([]);
    expect(await page.locator(`${MARK}[data-caselens-entity="marco-rubio"]`).count()).toBe(1);
  });

  it('keeps marks underlined and inline, and the card intact, under CSS that targets everything', async () => {
    await page.goto(server.url('/css.html'));
    await page.waitForSelector(MARK);
    const look = await page.locator(MARK).first().evaluate((m) => {
      const s = getComputedStyle(m);
      return { display: s.display, line: s.textDecorationLine, border: s.borderTopWidth, fontSize: s.fontSize, parentFont: getComputedStyle(m.parentElement as Element).fontSize };
    });
    expect(look).toEqual({ display: 'inline', line: 'underline', border: '0px', fontSize: look.parentFont, parentFont: look.parentFont });
    await page.locator(MARK).first().focus();
    await expect.poll(() => cardText(page)).toContain('Paula Xinis');
    const card = await page.evaluate(() => {
      const el = document.querySelector('caselens-hovercard')?.shadowRoot?.querySelector('.cl-hovercard');
      const s = el ? getComputedStyle(el) : null;
      return s && { width: s.width, fontSize: s.fontSize, background: s.backgroundColor };
    });
    expect(card).toMatchObject({ width: '360px', fontSize: '13px' });
    expect(card?.background).not.toBe('rgb(255, 255, 0)');
  });

  it('ignores text in iframes and shadow roots without failing', async () => {
    await page.goto(server.url('/frames.html'));
    await passDone();
    expect(await page.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
