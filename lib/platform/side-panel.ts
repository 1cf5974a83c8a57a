/**
 * Opening the extension's panel is the one place where Chrome and Firefox differ in what the UI
 * needs: Chrome has `sidePanel.open({ tabId })`, Firefox has `sidebarAction.open()` (no tab: the
 * sidebar belongs to the window). Both only work inside a user action, so `openPanel` calls the
 * browser synchronously, before it returns: call it before any `await` in a click or message handler.
 *
 * Pure: the caller passes its `browser` object; the types below are the least of it we use.
 */

/** Chrome (MV3, 114+): the `sidePanel` API. */
export interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

/** Firefox: `browser.sidebarAction`. */
export interface SidebarActionApi {
  open(): Promise<void>;
}

export interface PanelApis {
  sidePanel?: SidePanelApi;
  sidebarAction?: SidebarActionApi;
}

/**
 * What happened: `opened`; `use-tab` when this browser can't open its panel now (Firefox outside a
 * user action, such as a hover card's button whose click reaches the background as a message; or no
 * panel API at all), so the caller should show the panel page in a tab instead; `failed` when Chrome
 * refused (it would refuse a tab just the same, and a surprise tab is worse than nothing).
 */
export type PanelOutcome = 'opened' | 'use-tab' | 'failed';

/** Opens the panel for `tabId` with whichever API this browser has. Never rejects. */
export function openPanel(api: PanelApis, tabId: number): Promise<PanelOutcome> {
  const { sidePanel, sidebarAction } = api;
  if (sidePanel?.open) return settle(() => sidePanel.open({ tabId }), 'failed');
  if (sidebarAction?.open) return settle(() => sidebarAction.open(), 'use-tab');
  return Promise.resolve('use-tab');
}

function settle(open: () => Promise<void>, onRefusal: PanelOutcome): Promise<PanelOutcome> {
  try {
    return open().then(
      () => 'opened' as const,
      () => onRefusal,
    );
  } catch {
    // Some versions throw synchronously instead of rejecting.
    return Promise.resolve(onRefusal);
  }
}

/** The panel page's URL for one tab, when it has to open as a tab (`pageUrl` is its extension URL). */
export function panelPageUrl(pageUrl: string, tabId: number): string {
  return `${pageUrl}?tabId=${tabId}`;
}

/**
 * Opens per tab: at most one per PANEL_OPEN_INTERVAL_MS, and every attempt (refused ones too) restarts
 * the wait, so a page that clicks "Open case timeline" in a loop gets the first open and nothing more
 * until it stops. A reader's double click opens one panel.
 */
export const PANEL_OPEN_INTERVAL_MS = 1_000;

export interface OpenGate {
  /** Whether tab `tabId` may open its panel now (`now` in ms); records the attempt either way. */
  allow(tabId: number, now: number): boolean;
  forget(tabId: number): void;
}

export function createOpenGate(intervalMs = PANEL_OPEN_INTERVAL_MS): OpenGate {
  const last = new Map<number, number>();
  return {
    allow(tabId, now) {
      const before = last.get(tabId);
      last.set(tabId, now);
      return before === undefined || now - before >= intervalMs || now < before;
    },
    forget: (tabId) => void last.delete(tabId),
  };
}

/**
 * Where a browser that shows the panel in a tab (Firefox, outside a user action) puts it: the article
 * tab's own panel tab when it still shows the panel page (`pageUrl`, the extension's sidepanel.html),
 * brought to the front; otherwise a new one. `known`: the tab remembered for this article, as tabs.get
 * answers (its url is absent when the browser doesn't tell; the panel page is loaded into it again then).
 */
export type PanelTabStep = { kind: 'create'; url: string } | { kind: 'focus'; tabId: number; windowId?: number; url?: string };

export function panelTabStep(known: { id?: number; url?: string; windowId?: number } | undefined, pageUrl: string, articleTabId: number): PanelTabStep {
  const url = panelPageUrl(pageUrl, articleTabId);
  if (known?.id === undefined) return { kind: 'create', url };
  if (known.url === undefined) return { kind: 'focus', tabId: known.id, windowId: known.windowId, url };
  if (known.url.split('#', 1)[0] !== url) return { kind: 'create', url };
  return { kind: 'focus', tabId: known.id, windowId: known.windowId };
}
