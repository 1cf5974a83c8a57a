/**
 * What the popup and side panel need from the extension, as one interface: the pages never know
 * where data comes from (browser APIs in production, a fake in tests).
 */
import type { PageResults } from '../protocol';

export type TabState =
  | { kind: 'unsupported'; reason: string }
  | { kind: 'ready'; tabId: number; host: string; siteOn: boolean; isDefaultSite: boolean; results: PageResults | null };

export interface PopupGateway {
  loadTab(): Promise<TabState>;
  /** Switches CaseLens on or off for a site; asks for the site's permission when needed. */
  setSiteOn(host: string, on: boolean): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Scrolls the page to the first mention of an entity and flashes it. */
  reveal(entityId: string): Promise<void>;
  openSidePanel(caseId?: string): Promise<void>;
}

export interface PanelState {
  tabId: number | null;
  /** What the content script found on the tab's page, or null. */
  results: PageResults | null;
  /** A case the reader asked for (from a hover card or the popup), if any. */
  focusCaseId: string | null;
}

export interface PanelGateway {
  load(): Promise<PanelState>;
  /** Event ids of a case seen before, or undefined when the reader never opened it. */
  seenEvents(caseId: string): Promise<ReadonlySet<string> | undefined>;
  markSeen(caseId: string, eventIds: string[]): Promise<void>;
  /** Calls back when the active tab, its results or the requested case change. Returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}
