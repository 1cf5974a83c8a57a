/**
 * The one typed message protocol between the content script, the background and the extension pages.
 * Used with @webext-core/messaging's `defineExtensionMessaging<ProtocolMap>()` in each entrypoint.
 */
import type { CardView } from './hover/card-view';
import type { ParsedTerm } from './match/tagger-options';
import type { Mention } from './match/types';
import type { UpdateStatus } from './updates/status';

/** What the content script found on one page. */
export interface PageResults {
  /** The page's origin and path, capped (lib/page-report boundedUrl; the content script reports its full href). */
  url: string;
  /** Per entity or case id: how many times it is mentioned on the page. */
  counts: Record<string, number>;
  /** Case ids the page is about (mentioned directly or through their people). */
  caseIds: string[];
  scannedAt: number;
}

/** A tab's results as the popup and side panel get them; `saveError` says why the latest could not be kept (e.g. storage full). */
export interface TabResults {
  results: PageResults | null;
  saveError: string | null;
}

/** What the content script reports; the background adds the cases and the time. */
export type PageReport = Pick<PageResults, 'url' | 'counts'>;

/** What the side panel is asked to show: a case, or every case of an entity (neither: the page's cases). */
export interface PanelTarget {
  caseId?: string;
  entityId?: string;
}

export interface ProtocolMap {
  /** Content script → background: the results of a (re)scan of the sender's tab. */
  reportResults(report: PageReport): void;
  /**
   * Content script → background: pass 1 of the matcher over a scan pass's next blocks (indices first,
   * first + 1...), then, with `resolve` = [from, to], pass 2 for blocks from..to (excluded) with the page's
   * evidence so far: one list of mentions per block (an empty list without `resolve`).
   */
  matchBlocks(data: { pass: string; first: number; texts: string[]; resolve?: readonly [number, number] }): Mention[][];
  /** Extension page → background: the last results of tab N (null when none), and why the latest could not be saved. */
  getTabResults(tabId: number): TabResults;
  /** Hover card or popup → background: open the side panel on a case, or on the list of an entity's cases. */
  openSidePanel(data: PanelTarget): void;
  /** Popup → content script: scroll to the first mention of an entity and flash it; false if none. */
  revealEntity(entityId: string): boolean;
  /** Content script → background: the hover card for a marked id, given the page's mention counts; null if unknown. */
  getCard(data: { entityId: string; counts: Record<string, number> }): CardView | null;
  /** Content script → background: inject the hover card's renderer (CARD_RENDER_FILE) into the sender's frame; false when it can't. */
  loadCardRender(): boolean;
  /** Background → offscreen document (Chrome): compromise's terms for each sentence, for lib/match/batched-tags. */
  tagSentences(data: { sentences: string[] }): ParsedTerm[][];
  /** Background → content script: a sign of life, used by tests and the popup. */
  ping(): 'pong';
  /** Options page → background: check the opt-in updates now (those switched on); their statuses after. */
  checkUpdatesNow(): { dataset: UpdateStatus | null; courtListener: UpdateStatus | null; courtListenerSearch: UpdateStatus | null };
}

/** storage.session key of what the side panel was asked to show ({ tabId, caseId, entityId }). */
export const PANEL_FOCUS_KEY = 'sidepanel:focus';
/**
 * storage.session key of the site the popup is asking permission for. Firefox may close the popup when
 * its permission prompt opens; the background then finishes switching the site on when the grant arrives.
 */
export const PENDING_SITE_KEY = 'popup:pendingSite';
/** The built content script, for `scripting.executeScript` and `registerContentScripts`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/caselens.js';
/** The hover card's React part, an unlisted script injected on the first hover (entrypoints/caselens-card.tsx). */
export const CARD_RENDER_FILE = '/caselens-card.js';
/** compromise's tagger, an unlisted script run as a Worker (entrypoints/tagger-worker.ts). */
export const TAGGER_WORKER_FILE = '/tagger-worker.js';
/** Where that script leaves its renderer, on the isolated world's global object. */
export const CARD_RENDER_GLOBAL = Symbol.for('caselens.cardRender');
/** storage.session key of one tab's results. */
export const tabResultsKey = (tabId: number): string => `tab:${tabId}`;
/** storage.local key of the event ids the reader has seen, per case (for "new since you last looked"). */
export const SEEN_EVENTS_KEY = 'seenEvents';
