/**
 * `npm run demo`: opens the built-in demo articles (the Ábrego García cases, and the Lisa Cook case) in Chromium
 * with the production build loaded.
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

/** The demo articles: our own texts, one per story, and the name to hover on each. */
const ARTICLES = [
  { file: 'article.html', route: '/caselens-demo/article.html', prefix: '', hover: 'paula-xinis' },
  { file: 'cook-article.html', route: '/caselens-demo/cook-article.html', prefix: 'cook-', hover: 'jia-cobb' },
] as const;

async function main() {
  const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';
  const routes = Object.fromEntries(ARTICLES.map((a) => [a.route, readFileSync(path.join(REPO_ROOT, 'assets/demo', a.file), 'utf8')]));
  const server = await startServer({ routes });
  const browser = await launchWithExtension({ headless: !headed });
  const pages: Page[] = [];
  for (const a of ARTICLES) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(server.url(a.route));
    pages.push(page);
  }

  if (headed) {
    console.log(`CaseLens demo: ${ARTICLES.map((a) => server.url(a.route)).join(' and ')} are open in Chromium (apnews.com is mapped to this machine). Ctrl-C to quit.`);
    await new Promise(() => {});
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = path.join(OUT_DIR, name);
    await page.screenshot({ path: file });
    shots.push(file);
  };

  const counts: string[] = [];
  for (const [i, a] of ARTICLES.entries()) {
    const article = pages[i]!;
    await article.bringToFront();
    const marks = await article
      .waitForSelector(MARK, { timeout: 10_000 })
      .then(() => article.locator(MARK).count())
      .catch(() => 0);
    counts.push(`${marks} on ${a.file}`);
    if (marks > 0) {
      const target = article.locator(`${MARK}[data-caselens-entity="${a.hover}"]`).first();
      await target.scrollIntoViewIfNeeded();
      await target.hover();
      await article.waitForTimeout(HOVER_WAIT_MS);
    } else {
      console.log(`No names were marked on ${a.file} (the content script did not mark anything).`);
    }
    await shoot(article, `${a.prefix}article-hover-card.png`);

    const tabId = await tabIdOf(browser.worker, article);
    for (const [page, name, width] of [
      ['popup', 'popup.png', 380],
      ['sidepanel', 'sidepanel.png', 420],
    ] as const) {
      const p = await browser.context.newPage();
      await p.setViewportSize({ width, height: 700 });
      await p.goto(`chrome-extension://${browser.extensionId}/${page}.html?tabId=${tabId}`);
      await p.waitForLoadState('networkidle');
      await shoot(p, `${a.prefix}${name}`);
      await p.close();
    }
  }

  console.log(`CaseLens demo: names marked: ${counts.join(', ')}. Screenshots:`);
  for (const s of shots) console.log(`  ${s}`);
  await browser.close();
  await server.close();
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
