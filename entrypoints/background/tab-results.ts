/**
 * Each tab's results, in storage.session (so they survive the worker stopping), and its badge. A report
 * is kept only for the document that sent it while the tab shows it (lib/page-report), with a bounded
 * URL and only the ids the active dataset knows; a tab's results go when it starts loading a page; a
 * save that fails (the session quota) is remembered for the tab and shown by the popup.
 */
import type { CompiledMatcher } from '../../lib/match';
import { boundedUrl, reportProblem, type RetiredDocument } from '../../lib/page-report';
import { tabResultsKey, type PageReport, type PageResults, type TabResults } from '../../lib/protocol';
import { withCases } from './matching';

/** Replaced documents remembered per tab (a late report comes from the page just before, rarely two). */
const RETIRED_PER_TAB = 4;
/**
 * How long a replaced document stays refused: a late report lands within the content script's 400 ms
 * debounce and one match; a page restored from the back/forward cache later may report again.
 */
export const RETIRED_MS = 10_000;

/**
 * Whether a tabs.onUpdated change means the tab started loading a page. Without host permission for the
 * new page Chrome sends no `url`, only the status: that is a new page all the same.
 */
export const startsLoading = (change: { status?: string; url?: string }): boolean => change.status === 'loading';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabResultsDeps {
  session: SessionArea;
  /** tabs.get, or undefined when the tab is gone. */
  getTab(tabId: number): Promise<{ url?: string; pendingUrl?: string } | undefined>;
  setBadge(tabId: number, distinct: number): Promise<void>;
  targets(): Promise<CompiledMatcher['targets']>;
  now?: () => number;
}

export interface ReportSender {
  tabId: number;
  url?: string;
  documentId?: string;
  documentLifecycle?: string;
}

export interface TabResultsStore {
  /** A content script's report (already checked by MESSAGE_RULES): kept, or why not. */
  report(sender: ReportSender, report: PageReport): Promise<'kept' | string>;
  read(tabId: number): Promise<TabResults>;
  /** The tab started loading a page (with or without a new URL): its results and badge go. */
  loading(tabId: number): Promise<void>;
  closed(tabId: number): Promise<void>;
}

export function createTabResults(deps: TabResultsDeps): TabResultsStore {
  /** Bumped when a tab starts loading: a report received before that is not written after it. */
  const epochs = new Map<number, number>();
  /** The document (and URL) whose results each tab holds, to retire when the tab loads a page. */
  const shown = new Map<number, RetiredDocument>();
  const retired = new Map<number, (RetiredDocument & { at: number })[]>();
  const now = deps.now ?? Date.now;
  const retiredOf = (tabId: number) => (retired.get(tabId) ?? []).filter((r) => now() - r.at < RETIRED_MS);
  const saveErrors = new Map<number, string>();
  const epochOf = (tabId: number) => epochs.get(tabId) ?? 0;

  return {
    async report(sender, report) {
      const { tabId } = sender;
      const epoch = epochOf(tabId);
      const targets = await deps.targets();
      const tab = await deps.getTab(tabId).catch(() => undefined);
      if (epochOf(tabId) !== epoch) return 'the tab started loading while the report was on its way';
      const problem = reportProblem({ reportUrl: report.url, sender, tab, retired: retiredOf(tabId) });
      if (problem) return problem;
      const known = new Set(targets.map((t) => t.id));
      const counts = Object.fromEntries(Object.entries(report.counts).filter(([id]) => known.has(id)));
      const results: PageResults = withCases({ url: boundedUrl(report.url), counts }, targets, now());
      try {
        await deps.session.set({ [tabResultsKey(tabId)]: results });
        saveErrors.delete(tabId);
      } catch (err) {
        const message = `CaseLens could not save this page's results (${err instanceof Error ? err.message : String(err)}).`;
        saveErrors.set(tabId, message);
        return message;
      }
      if (epochOf(tabId) !== epoch) {
        // The tab started loading while this was being written: the new page starts empty after all.
        await deps.session.remove(tabResultsKey(tabId)).catch(() => undefined);
        return 'the tab started loading while the report was being saved';
      }
      if (sender.documentId !== undefined) shown.set(tabId, { documentId: sender.documentId, url: report.url });
      await deps.setBadge(tabId, Object.keys(counts).length);
      return 'kept';
    },
    async read(tabId) {
      const stored = (await deps.session.get(tabResultsKey(tabId)))[tabResultsKey(tabId)] as PageResults | undefined;
      return { results: stored ?? null, saveError: saveErrors.get(tabId) ?? null };
    },
    async loading(tabId) {
      epochs.set(tabId, epochOf(tabId) + 1);
      const before = shown.get(tabId);
      if (before) retired.set(tabId, [{ ...before, at: now() }, ...retiredOf(tabId)].slice(0, RETIRED_PER_TAB));
      shown.delete(tabId);
      saveErrors.delete(tabId);
      await deps.session.remove(tabResultsKey(tabId)).catch(() => undefined);
      await deps.setBadge(tabId, 0);
    },
    async closed(tabId) {
      epochs.delete(tabId);
      shown.delete(tabId);
      retired.delete(tabId);
      saveErrors.delete(tabId);
      await deps.session.remove(tabResultsKey(tabId)).catch(() => undefined);
    },
  };
}
