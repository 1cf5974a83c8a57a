/**
 * Helpers shared by the content-script end-to-end suites: settings writes through the service worker,
 * the marks on a page, the open hover card, and scan measures.
 *
 * The card's shadow root is closed, so no page script (and no page.evaluate) can reach it. The tests
 * read it the way only a debugger can: over CDP, DOM.describeNode with `pierce` finds the closed root,
 * and a function runs on it in an isolated world of the test's own (Page.createIsolatedWorld).
 */
import type { CDPSession, Page, Worker } from 'playwright-core';

export const MARK = '[data-caselens-entity]';

/** Writes `local:settings` (storage.local "settings") as the popup would. */
export async function writeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

export const DEFAULTS = { disabledSites: [], enabledSites: [], hoverDelayMs: 500, markMode: 'all' };

/** `entityId=text` of every mark, in document order. */
export function marksOf(page: Page): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((m) => `${m.getAttribute('data-caselens-entity')}=${m.textContent}`), MARK);
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Runs `fn` (a function's source; `this` is the card's closed shadow root) with `args` and returns its
 * value, or null when the page has no card host of ours yet (ours is the last one on <html>).
 */
export async function inCard<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'html > caselens-hovercard' });
  const host = nodeIds.at(-1);
  if (host === undefined) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId: host, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'caselens-test-reader' });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`inCard: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return (result.value as T | undefined) ?? null;
}

/** The open card's text, or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return inCard<string>(
    page,
    `function () {
      const frame = this.querySelector('.cl-frame');
      return frame && frame.dataset.shown === 'true' ? frame.textContent || '' : null;
    }`,
  );
}

/** Scrolls the card's first `selector` (with exactly `text`, when given), into view; its centre in page coordinates, for a real mouse. */
export function cardPoint(page: Page, selector: string, text?: string): Promise<{ x: number; y: number } | null> {
  return inCard(
    page,
    `function (sel, text) {
      const el = [...this.querySelectorAll(sel)].find((e) => text == null || e.textContent.trim() === text);
      if (!el) return null;
      // The card scrolls inside the room it has: bring the control into its view first (as a click would).
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    selector,
    text ?? null,
  );
}

/** Moves the real mouse onto the card's `selector` (and clicks it, when asked). */
export async function pointAtCard(page: Page, selector: string, opts: { text?: string; click?: boolean } = {}): Promise<void> {
  const p = await cardPoint(page, selector, opts.text);
  if (!p) throw new Error(`No ${selector}${opts.text ? ` "${opts.text}"` : ''} in the card`);
  if (opts.click) await page.mouse.click(p.x, p.y);
  else await page.mouse.move(p.x, p.y);
}

/** Durations of the `caselens:scan` measures recorded so far. */
export function scanMeasures(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('caselens:scan').map((e) => e.duration));
}

/** Captures `document.body.innerText` at DOMContentLoaded, before the content script (document_idle) runs. */
export const CAPTURE_TEXT_BEFORE = `document.addEventListener('DOMContentLoaded', () => {
  window.__textBefore = document.body ? document.body.innerText : '';
  window.__shapeBefore = [...document.querySelectorAll('p')].map((p) => [...p.childNodes].map((n) => n.nodeName + ':' + (n.nodeValue ?? '').length).join(','));
});`;

/** Each paragraph's child nodes (name and text length) now, or as captured before the scan. */
export function paragraphShape(page: Page, before = false): Promise<string[]> {
  return page.evaluate(
    (b) =>
      b
        ? ((window as unknown as { __shapeBefore?: string[] }).__shapeBefore ?? [])
        : [...document.querySelectorAll('p')].map((p) => [...p.childNodes].map((n) => n.nodeName + ':' + (n.nodeValue ?? '').length).join(',')),
    before,
  );
}

export function textBefore(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __textBefore?: string }).__textBefore ?? '');
}

/**
 * A page that names Tim Cook as well as Lisa Cook: the rules alone drop every bare "Cook"; with the
 * tagger, "Cook said she would fight" (#c, after Lisa Cook is named again) is Lisa Cook, and "Cook said
 * the phones" (#b) is not marked. Used by the Chromium and the Firefox suites.
 */
export const TAGGER_PAGE = `<!doctype html><html><head><title>Fed fight</title></head><body><article>
<h1>Fed governor fights removal</h1>
<p id="a">Fed Governor Lisa Cook sued to keep her seat on the Federal Reserve Board after President Trump tried to fire her. Judge Jia M. Cobb blocked the firing, and Trump v. Cook went to the Supreme Court.</p>
<p id="b">Separately, Tim Cook, who runs Apple, spoke at an event. Cook said the phones would ship soon.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 1 of the background.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 2 of the background.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 3 of the background.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 4 of the background.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 5 of the background.</p>
<p>The Federal Reserve Board sets interest rates for the country, and its governors serve long terms that are meant to keep the central bank apart from the politics of the day; paragraph 6 of the background.</p>
<p id="c">Lisa Cook's lawyers filed again on Monday. Cook said she would fight the removal in court.</p>
</article></body></html>`;
