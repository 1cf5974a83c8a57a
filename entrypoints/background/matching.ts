/**
 * The matcher, run here for the content script, which only reads the page's text and writes marks: a
 * fresh page starts in the background's warm code instead of loading and running the matcher cold
 * on the page's main thread. One lib/match page context per scan pass (tab, frame, pass id): pass 1 as
 * the pass's blocks arrive, pass 2 when it asks. The text stays in this process, in memory, while
 * the tab is open (the least recently used passes are dropped past MAX_PASSES); nothing is stored.
 */
import { casesMentioned, createPageContext, type CompiledMatcher, type Mention, type PageContext } from '../../lib/match';
import type { PageReport, PageResults } from '../../lib/protocol';

/** Scan passes kept (a pass lives as long as its page; a new page or navigation starts a new one). */
export const MAX_PASSES = 24;
/** A performance measure per request (the benchmark reads them); cleared past MAX_MEASURES. */
export const MATCH_MEASURE = 'caselens:match';
const MAX_MEASURES = 500;

export interface PassSender {
  tabId: number;
  frameId: number;
}

export interface MatchRequest {
  pass: string;
  /** The index of the first of `texts` in the pass. */
  first: number;
  texts: readonly string[];
  /** Blocks to resolve after adding: from, to (excluded). */
  resolve?: readonly [number, number];
}

export interface MatchPasses {
  /**
   * Pass 1 over a pass's blocks `first`, `first + 1`..., then pass 2 for `resolve`'s blocks: one list
   * of mentions per block (a block this worker never saw, e.g. after it was stopped mid-pass, has none).
   */
  matchBlocks(sender: PassSender, request: MatchRequest): Promise<Mention[][]>;
  /** Drops a closed tab's passes. */
  forgetTab(tabId: number): void;
  readonly size: number;
}

interface PassEntry {
  tabId: number;
  page: Promise<PageContext>;
}

/** `matcher`: the active dataset's matcher (asked once per new pass). */
export function createMatchPasses(matcher: () => Promise<CompiledMatcher>, maxPasses = MAX_PASSES): MatchPasses {
  const passes = new Map<string, PassEntry>();

  function passFor({ tabId, frameId }: PassSender, pass: string): PassEntry {
    const key = `${tabId}:${frameId}:${pass}`;
    const entry = passes.get(key) ?? { tabId, page: matcher().then(createPageContext) };
    passes.delete(key);
    passes.set(key, entry); // most recently used last
    for (const oldest of passes.keys()) {
      if (passes.size <= maxPasses) break;
      passes.delete(oldest);
    }
    return entry;
  }

  return {
    async matchBlocks(sender, { pass, first, texts, resolve }) {
      const page = await passFor(sender, pass).page;
      const start = performance.now();
      try {
        if (page.blockCount <= first) {
          // A worker stopped mid-pass has forgotten the earlier blocks: stand-ins keep the indices in line.
          while (page.blockCount < first) page.addBlock('');
          for (const text of texts) page.addBlock(text);
        }
        return resolve ? page.resolveRange(resolve[0], resolve[1]) : [];
      } finally {
        measure(start);
      }
    },
    forgetTab(tabId) {
      for (const [key, entry] of passes) if (entry.tabId === tabId) passes.delete(key);
    },
    get size() {
      return passes.size;
    },
  };
}

function measure(start: number): void {
  try {
    if (performance.getEntriesByName(MATCH_MEASURE).length >= MAX_MEASURES) performance.clearMeasures(MATCH_MEASURE);
    performance.measure(MATCH_MEASURE, { start, end: performance.now() });
  } catch {
    // measures are for the benchmark only
  }
}

/** A content script's report, with the cases the page is about and the time. */
export function withCases(report: PageReport, targets: CompiledMatcher['targets'], now = Date.now()): PageResults {
  return { url: report.url, counts: report.counts, caseIds: casesMentioned(targets, report.counts), scannedAt: now };
}
