/**
 * A hover card's "Open case timeline" / "Also in N other cases": the panel opens on what was asked,
 * at most once per tab per PANEL_OPEN_INTERVAL_MS (a page clicking in a loop opens nothing more), and
 * where the browser shows it in a tab (Firefox), in one panel tab per article tab, reused.
 */
import { createOpenGate, panelPageUrl, panelTabStep, type PanelOutcome } from '../../lib/platform/side-panel';
import { PANEL_FOCUS_KEY, type PanelTarget } from '../../lib/protocol';

/** storage.session key of the panel tab opened for each article tab ({ [articleTabId]: panelTabId }). */
export const PANEL_TABS_KEY = 'sidepanel:tabs';

interface TabFacts {
  id?: number;
  url?: string;
  windowId?: number;
  index?: number;
}

export interface PanelOpenDeps {
  /** lib/platform/side-panel's openPanel on the real browser: called first, before any await. */
  openPanel(tabId: number): Promise<PanelOutcome>;
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  tabs: {
    get(tabId: number): Promise<TabFacts>;
    create(options: { url: string; index?: number; windowId?: number }): Promise<TabFacts>;
    update(tabId: number, options: { active: true; url?: string }): Promise<unknown>;
  };
  focusWindow(windowId: number): Promise<unknown>;
  /** runtime.getURL('/sidepanel.html'). */
  pageUrl: string;
  now?: () => number;
}

export type OpenResult = 'rate-limited' | PanelOutcome | 'tab-created' | 'tab-reused';

export interface PanelOpener {
  /** `tab`: the article tab the message came from. */
  open(tab: TabFacts & { id: number }, target: PanelTarget): Promise<OpenResult>;
  /** A tab closed: forget it as an article tab and as a panel tab. */
  tabClosed(tabId: number): Promise<void>;
}

export function createPanelOpener(deps: PanelOpenDeps): PanelOpener {
  const gate = createOpenGate();
  const now = deps.now ?? Date.now;
  const readPanelTabs = async (): Promise<Record<string, number>> => {
    const stored = (await deps.session.get(PANEL_TABS_KEY).catch((): Record<string, unknown> => ({})))[PANEL_TABS_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
  };

  async function showInTab(tab: TabFacts & { id: number }): Promise<OpenResult> {
    const panelTabs = await readPanelTabs();
    const knownId = panelTabs[tab.id];
    const known = knownId === undefined ? undefined : await deps.tabs.get(knownId).catch(() => undefined);
    const step = panelTabStep(known, deps.pageUrl, tab.id);
    if (step.kind === 'focus') {
      const reused = await deps.tabs.update(step.tabId, step.url ? { active: true, url: step.url } : { active: true }).then(
        () => true,
        () => false,
      );
      if (reused) {
        if (step.windowId !== undefined) await deps.focusWindow(step.windowId).catch(() => undefined);
        return 'tab-reused';
      }
    }
    const where = { ...(tab.index === undefined ? {} : { index: tab.index + 1 }), ...(tab.windowId === undefined ? {} : { windowId: tab.windowId }) };
    const created = await deps.tabs.create({ url: panelPageUrl(deps.pageUrl, tab.id), ...where }).catch(() => undefined);
    if (created?.id === undefined) return 'failed';
    await deps.session.set({ [PANEL_TABS_KEY]: { ...(await readPanelTabs()), [tab.id]: created.id } }).catch(() => undefined);
    return 'tab-created';
  }

  return {
    async open(tab, target) {
      if (!gate.allow(tab.id, now())) return 'rate-limited';
      // Opening needs the user gesture that sent this message: call it before any other await.
      const opening = deps.openPanel(tab.id);
      await deps.session.set({ [PANEL_FOCUS_KEY]: { tabId: tab.id, caseId: target.caseId ?? null, entityId: target.entityId ?? null } });
      const outcome = await opening;
      // Firefox doesn't count a page's click as a user action here: show the panel page beside the article.
      return outcome === 'use-tab' ? showInTab(tab) : outcome;
    },
    async tabClosed(tabId) {
      gate.forget(tabId);
      const panelTabs = await readPanelTabs();
      const kept = Object.fromEntries(Object.entries(panelTabs).filter(([article, panel]) => Number(article) !== tabId && panel !== tabId));
      if (Object.keys(kept).length !== Object.keys(panelTabs).length) await deps.session.set({ [PANEL_TABS_KEY]: kept }).catch(() => undefined);
    },
  };
}
