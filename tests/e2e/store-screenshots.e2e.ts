/**
 * Store-ready screenshots (1280×800, what the Chrome Web Store and addons.mozilla.org take) of the
 * production build on the demo article: a hover card open, the popup over the article, and the side
 * panel beside it. Written to test-results/store-screenshots/.
 *
 * The popup and the panel are extension pages that open as tabs here, so each is shot at its own
 * size and placed on the article's shot in a plain composing page, where the browser would show it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { tabIdOf } from '../support/tabs';
import { cardText } from './content-helpers';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
const OUT_DIR = path.join(REPO_ROOT, 'test-results/store-screenshots');
const STORE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 600 };
const PANEL = { width: 400, height: STORE.height };
/** Longer than the hover card's dwell time, so the card is open in the shot. */
const HOVER_WAIT_MS = 1200;
/** Where the hovered name sits in the first shot. */
const NAME_TOP_PX = 220;

let browser: ExtensionBrowser;
let server: TestServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer({ routes: { '/store/article.html': DEMO_HTML } });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.setViewportSize(STORE);
  await article.goto(server.url('/store/article.html'));
  await article.waitForSelector('[data-caselens-entity]');
  tabId = await tabIdOf(browser.worker, article);
  mkdirSync(OUT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function extensionPageShot(name: 'popup' | 'sidepanel', size: { width: number; height: number }): Promise<Buffer> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/${name}.html?tabId=${tabId}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

const FRAMES = {
  /** A popup hangs under the toolbar: rounded, with a shadow. */
  popup: 'border:1px solid #c8ccd2;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)',
  /** A side panel is docked: a plain divider. */
  panel: 'border-left:1px solid #c8ccd2',
};

/** A 1280×800 shot of `background` with `overlay` drawn at (left, top) in a popup's or a panel's frame. */
async function compose(
  file: string,
  background: Buffer,
  overlay: Buffer,
  at: { left: number; top: number; frame: keyof typeof FRAMES },
): Promise<Buffer> {
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;overflow:hidden;background:#fff">
      <img src="${src(background)}" style="position:absolute;left:0;top:0">
      <img src="${src(overlay)}" style="position:absolute;left:${at.left}px;top:${at.top}px;${FRAMES[at.frame]}">
    </body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  const shot = await page.screenshot({ path: path.join(OUT_DIR, file) });
  await page.close();
  return shot;
}

describe('store screenshots, 1280×800', () => {
  it('the article with a hover card open', async () => {
    const name = article.locator('[data-caselens-entity="paula-xinis"]').first();
    // The name near the top, so the card below it fits in the shot.
    await name.evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top), NAME_TOP_PX);
    await name.hover();
    await article.waitForTimeout(HOVER_WAIT_MS);
    expect(await cardText(article)).toContain('Xinis');
    const shot = await article.screenshot({ path: path.join(OUT_DIR, '1-hover-card.png') });
    expect(pngSize(shot)).toEqual(STORE);
  });

  it('the popup over the article, under the toolbar button', async () => {
    await article.mouse.move(0, 0);
    await article.keyboard.press('Escape');
    await article.evaluate(() => window.scrollTo(0, 0));
    const background = await article.screenshot();
    const popup = await extensionPageShot('popup', POPUP);
    const shot = await compose('2-popup.png', background, popup, { left: STORE.width - POPUP.width - 24, top: 8, frame: 'popup' });
    expect(pngSize(shot)).toEqual(STORE);
  });

  it('the side panel beside the article', async () => {
    await article.setViewportSize({ width: STORE.width - PANEL.width, height: STORE.height });
    const background = await article.screenshot();
    await article.setViewportSize(STORE);
    const panel = await extensionPageShot('sidepanel', PANEL);
    const shot = await compose('3-side-panel.png', background, panel, { left: STORE.width - PANEL.width, top: 0, frame: 'panel' });
    expect(pngSize(shot)).toEqual(STORE);
  });
});
