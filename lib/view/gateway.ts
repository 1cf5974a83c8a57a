/**
 * What the popup and side panel need from the extension, as one interface: the pages never know
 * where data comes from (browser APIs in production, a fake in tests).
 */
import type { PageResults } from '../protocol';
import type { Settings } from '../settings';
import type { WriteResult } from '../settings-store';
import type { EntriesRecord } from '../updates/courtlistener/store';
import type { UpdateStatus } from '../updates/status';

export type TabState =
  | { kind: 'unsupported'; reason: string }
  | {
      kind: 'ready';
      tabId: number;
      host: string;
      siteOn: boolean;
      isDefaultSite: boolean;
      results: PageResults | null;
      /** Why the page's latest results could not be saved (e.g. the browser's session storage is full). */
      saveError?: string | null;
      /** The site is on, but the browser withholds its host permission (withdrawn by the user, e.g. in Firefox's about:addons), so nothing runs there. */
      noAccess?: boolean;
    };

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
  /** An entity whose cases the reader asked to see (a hover card's "also in N other cases"), if any. */
  focusEntityId?: string | null;
}

export interface PanelGateway {
  load(): Promise<PanelState>;
  /** Event ids of a case seen before, or undefined when the reader never opened it. */
  seenEvents(caseId: string): Promise<ReadonlySet<string> | undefined>;
  markSeen(caseId: string, eventIds: string[]): Promise<void>;
  /** Entries read from CourtListener for a case, from the switches that are on; null when both are off (or absent). */
  courtListenerEntries?(caseId: string): Promise<EntriesRecord[] | null>;
  /** Calls back when the active tab, its results, the requested case or the CourtListener data change. Returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export interface OptionsState {
  settings: Settings;
  datasetStatus: UpdateStatus | null;
  courtListenerStatus: UpdateStatus | null;
  /** The tokenless check for newer filings (CourtListener's search API). */
  courtListenerSearchStatus: UpdateStatus | null;
  /** The dataset in use: the bundled one or a stored update. */
  dataset: { version: number; asOf: string; source: 'bundled' | 'update' };
}

export interface OptionsGateway {
  load(): Promise<OptionsState>;
  save(change: (s: Settings) => Settings): Promise<WriteResult>;
  /** Asks for host permission for these origins ("https://host/*"); call it first thing in a click. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Gives back host permission for these origins (an update switched off); resolves false when it could not. */
  releaseOrigins(origins: string[]): Promise<boolean>;
  /** Runs the switched-on updates now. */
  checkNow(): Promise<void>;
  /** Removes the stored dataset update (its record and source too): the bundled data is in use at once. */
  forgetDatasetUpdate(): Promise<void>;
  /** Calls back when settings or update statuses change. Returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}
