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
