/**
 * A page that adds nodes forever (a paragraph naming someone every 5 ms, and now and then a whole new
 * body): the content script's work per second stays under a cap, and the page still gets marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { DEFAULTS, MARK, writeSettings } from './content-helpers';

/** The observer's budget is 40 ms a second; one batch may overshoot it. */
const CAP_MS_PER_SECOND = 120;
const WATCH_MS = 6000;

const PAGE = `<!doctype html><html><head><title>forever</title></head><body><article><p>Paula Xinis opened the hearing.</p></article>
<script>
  const names = ['Nayib Bukele', 'Marco Rubio', 'Paula Xinis', 'Robert Cerna'];
  let i = 0;
  setInterval(() => {
    for (let k = 0; k < 20; k++) {
      const p = document.createElement('p');
      p.textContent = names[i++ % names.length] + ' said something new, item ' + i + '.';
      document.querySelector('article').append(p);
    }
  }, 5);
  setInterval(() => { document.querySelector('article').replaceChildren(); }, 1500);
</script></body></html>`;

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/forever.html': PAGE } });
  browser = await launchWithExtension();
  await writeSettings(browser.worker, DEFAULTS);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that mutates without end', () => {
  it('costs a bounded amount of work per second', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('/forever.html'));
    await page.waitForSelector(MARK);
    const from = await page.evaluate(() => performance.now());
    await page.waitForTimeout(WATCH_MS);
    const perSecond = await page.evaluate((t0) => {
      const buckets = new Map<number, number>();
      for (const e of performance.getEntriesByName('caselens:scan')) {
        if (e.startTime < t0) continue;
        const k = Math.floor((e.startTime - t0) / 1000);
        buckets.set(k, (buckets.get(k) ?? 0) + e.duration);
      }
      return [...buckets.values()];
    }, from);
    expect(perSecond.length).toBeGreaterThan(0);
    expect(Math.max(...perSecond)).toBeLessThan(CAP_MS_PER_SECOND);
    expect(errors).toEqual([]);
    await page.close();
  });
});
