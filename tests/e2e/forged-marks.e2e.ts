/**
 * A hostile page, from its own world (page.evaluate runs in the page's main world): a forged mark and
 * made-up events show no card and open no panel, a rewritten attribute changes nothing, and the
 * card's closed shadow root keeps its button out of the page's reach. The card itself is read over
 * CDP (content-helpers inCard), as no page script can.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_FOCUS_KEY } from '../../lib/protocol';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';
import { cardPoint, cardText, inCard, MARK } from './content-helpers';
import type { Page } from 'playwright-core';

const DEMO_HTML = readFileSync(path.join(REPO_ROOT, 'assets/demo/article.html'), 'utf8');
/** Longer than the default 500 ms dwell plus the card's first load. */
const CARD_WAIT_MS = 1500;
const XINIS = `${MARK}[data-caselens-entity="paula-xinis"]`;

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;

const panelAsked = () => browser.worker.evaluate(async (key: string) => (await chrome.storage.session.get(key))[key] ?? null, PANEL_FOCUS_KEY);
const sidePanels = () =>
  browser.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length);
const cardName = () => inCard<string>(page, `function () { const h = this.querySelector('.cl-frame[data-shown="true"] .cl-name'); return h ? h.textContent : null; }`);
const centreOf = (selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);

beforeAll(async () => {
  server = await startServer({ routes: { '/story.html': DEMO_HTML } });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<void> {
  await page.goto(server.url('/story.html'));
  await page.waitForSelector(XINIS);
  await page.mouse.move(0, 0);
}

describe('a hostile page', () => {
  it('gets no card for a forged mark, by real hover, focus, Enter or click', async () => {
    await freshPage();
    await page.evaluate(() => {
      const p = document.querySelector('article p:not(.dek)')!;
      p.insertAdjacentHTML('afterbegin', '<caselens-mark id="forged" data-caselens-entity="paula-xinis" tabindex="0" role="button">Forged name</caselens-mark> ');
    });
    const forged = await centreOf('#forged');
    await page.mouse.move(forged.x, forged.y);
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await cardText(page)).toBeNull();
    await page.evaluate(() => (document.getElementById('forged') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await page.mouse.click(forged.x, forged.y);
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await cardText(page)).toBeNull();
    expect(await panelAsked()).toBeNull();
  });

  it('gets no card from made-up events on a real mark', async () => {
    await freshPage();
    await page.evaluate((sel) => {
      const mark = document.querySelector<HTMLElement>(sel)!;
      for (const type of ['pointerover', 'mouseover', 'mouseenter', 'focusin', 'focus', 'click']) mark.dispatchEvent(new Event(type, { bubbles: true }));
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
      mark.click();
    }, XINIS);
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await cardText(page)).toBeNull();
    expect(await panelAsked()).toBeNull();
  });

  it('can neither retarget a real mark nor reach the card it opens', async () => {
    await freshPage();
    // The page rewrites a real mark's entity: the card is still the one CaseLens marked.
    await page.evaluate((sel) => document.querySelector(sel)!.setAttribute('data-caselens-entity', 'nayib-bukele'), XINIS);
    const xinis = await centreOf('[data-caselens-entity="nayib-bukele"]');
    await page.mouse.move(xinis.x, xinis.y);
    await expect.poll(cardName, { timeout: 10_000 }).toContain('Paula Xinis');

    const button = await cardPoint(page, 'button', 'Open case timeline');
    expect(button).not.toBeNull();
    const seen = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('caselens-hovercard');
      const atButton = document.elementFromPoint(x, y);
      // Everything a script can try: the host, what is under the button, and every button it can see.
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (atButton as HTMLElement | null)?.click();
      for (const b of document.querySelectorAll('button')) b.click();
      return {
        shadowRoot: host?.shadowRoot ?? null,
        atButton: atButton?.tagName.toLowerCase(),
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
        text: host?.textContent ?? '',
      };
    }, button!);
    expect(seen).toEqual({ shadowRoot: null, atButton: 'caselens-hovercard', buttons: [], text: '' });
    await page.waitForTimeout(CARD_WAIT_MS);
    expect(await panelAsked()).toBeNull();
    expect(await sidePanels()).toBe(0);
    // The card stayed open (nothing the page did dismissed it), and the reader's own click still works.
    expect(await cardName()).toContain('Paula Xinis');
    await page.mouse.click(button!.x, button!.y);
    await expect.poll(panelAsked).toMatchObject({ caseId: expect.any(String) });
  });
});
