/**
 * `npm run demo`: opens the built-in demo article in Chromium with the production build loaded.
 *
 * The article is served on 127.0.0.1 under the name apnews.com (a default news site), so the content
 * script runs on it exactly as on a real news page. With a display, a real window opens and stays
 * until Ctrl-C. Without one, it runs headless and writes screenshots (article with a hover card open,
 * popup, side panel) to demo-output/ and prints their paths.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer } from '../support/server';
import { tabIdOf } from '../support/tabs';

const OUT_DIR = path.join(REPO_ROOT, 'demo-output');
const MARK = '[data-caselens-entity]';
/** Longer than the hover card's dwell time, so the card is open in the screenshot. */
const HOVER_WAIT_MS = 1200;

async function main() {
  const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';
  const html = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
  const server = await startServer({ routes: { '/caselens-demo/article.html': html } });
  const browser = await launchWithExtension({ headless: !headed });
  const articleUrl = server.url('/caselens-demo/article.html');
  const article = await browser.context.newPage();
  await article.setViewportSize({ width: 1000, height: 800 });
  await article.goto(articleUrl);

  if (headed) {
    console.log(`CaseLens demo: ${articleUrl} is open in Chromium (apnews.com is mapped to this machine). Ctrl-C to quit.`);
    await new Promise(() => {});
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = path.join(OUT_DIR, name);
    await page.screenshot({ path: file });
    shots.push(file);
  };

  const marks = await article
    .waitForSelector(MARK, { timeout: 10_000 })
    .then(() => article.locator(MARK).count())
    .catch(() => 0);
  if (marks > 0) {
    const target = article.locator(`${MARK}[data-caselens-entity="paula-xinis"]`).first();
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await article.waitForTimeout(HOVER_WAIT_MS);
  } else {
    console.log('No names were marked on the demo article (the content script did not mark anything).');
  }
  await shoot(article, 'article-hover-card.png');

  const tabId = await tabIdOf(browser.worker, article);
  for (const [page, name, width] of [
    ['popup', 'popup.png', 380],
    ['sidepanel', 'sidepanel.png', 420],
  ] as const) {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width, height: 700 });
    await p.goto(`chrome-extension://${browser.extensionId}/${page}.html?tabId=${tabId}`);
    await p.waitForLoadState('networkidle');
    await shoot(p, name);
    await p.close();
  }

  console.log(`CaseLens demo: ${marks} names marked on the demo article. Screenshots:`);
  for (const s of shots) console.log(`  ${s}`);
  await browser.close();
  await server.close();
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
