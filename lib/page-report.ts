/**
 * Whether a content script's report of a page's results is kept for its tab, and the URL kept with it.
 * A report is kept only for the document that sent it, while that document is what the tab shows: a
 * report still on its way from the previous page (debounced, or queued while the tab started loading)
 * is dropped rather than stored for the new page. The URL kept is bounded (origin and path, capped), so
 * a page that pushes a 2 MB path can't fill storage.session.
 */

/** Characters of a page URL kept with its results (origin + path; no query, no fragment). */
export const MAX_STORED_URL = 2_000;

/** `href`'s origin and path, at most MAX_STORED_URL characters ('' when it is no URL). */
export function boundedUrl(href: string): string {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname}`.slice(0, MAX_STORED_URL);
  } catch {
    return '';
  }
}

const withoutFragment = (href: string): string => href.split('#', 1)[0] ?? href;
const originOf = (href: string): string | null => {
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
};

/** A document whose tab started loading a page: its late reports of the URL it had are refused. */
export interface RetiredDocument {
  documentId: string;
  /**
   * Its URL then, fragment included: the same document reporting another URL (an SPA route, a jump to
   * `#section`) is that document's new page, which the tab shows.
   */
  url: string;
}

export interface ReportFacts {
  /** The URL the report names (the content script's location.href). */
  reportUrl: string;
  /** What the browser says about the sender (documentId and documentLifecycle: Chrome only). */
  sender: { url?: string; documentId?: string; documentLifecycle?: string };
  /** The tab now, as tabs.get answers (url only with host permission; pendingUrl: Chrome, while loading). */
  tab?: { url?: string; pendingUrl?: string };
  /** Documents of this tab that were replaced since they reported (see RetiredDocument). */
  retired: readonly RetiredDocument[];
}

/** Why the report is not kept, or null when it is. */
export function reportProblem({ reportUrl, sender, tab, retired }: ReportFacts): string | null {
  const url = withoutFragment(reportUrl);
  // The renderer says which URL it reports; the browser says which origin it is. pushState keeps the origin.
  if (sender.url === undefined || originOf(reportUrl) === null || originOf(reportUrl) !== originOf(sender.url)) return 'the report is not for the page that sent it';
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return 'the sending document is no longer shown';
  if (sender.documentId !== undefined && retired.some((r) => r.documentId === sender.documentId && r.url === reportUrl)) return 'the report is from before the tab started loading';
  if (tab?.pendingUrl && withoutFragment(tab.pendingUrl) !== url) return 'the tab is loading another page';
  if (tab?.url && withoutFragment(tab.url) !== url) return 'the tab shows another page';
  return null;
}
