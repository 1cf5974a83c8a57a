/**
 * Helpers shared by the content-script end-to-end suites: settings writes through the service worker,
 * the marks on a page, the open hover card (read through its open shadow root), and scan measures.
 */
import type { Page, Worker } from 'playwright-core';

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

/** The open card's text, or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const frame = document.querySelector('caselens-hovercard')?.shadowRoot?.querySelector<HTMLElement>('.cl-frame');
    return frame?.dataset.shown === 'true' ? (frame.textContent ?? '') : null;
  });
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
