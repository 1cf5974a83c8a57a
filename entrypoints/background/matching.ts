/**
 * The matcher, run here for the content script, which only reads the page's text and writes marks: a
 * fresh page starts in the background's warm code instead of loading and running the matcher cold
 * on the page's main thread. One lib/match page context per scan pass (tab, frame, pass id): pass 1 as
 * the pass's blocks arrive, pass 2 when it asks. The text stays in this process, in memory, while
 * the tab shows the page (a tab's passes go when it loads another page or closes; the limits below
 * bound the text and passes kept per frame, per tab and in all); nothing is stored.
 */
import { casesMentioned, createPageContext, type CompiledMatcher, type Mention, type PageContext } from '../../lib/match';
import { resolveWithTags, type TagSentences } from '../../lib/match/batched-tags';
import type { PageReport, PageResults } from '../../lib/protocol';

/**
 * Scan passes kept per frame: a content script runs one pass per page or navigation, so the latest
 * matters, and the one before may still have a message on its way.
 */
export const MAX_PASSES_PER_FRAME = 2;
/** Scan passes kept per tab, over all its frames (a tab with many framed articles keeps its latest). */
export const MAX_PASSES_PER_TAB = 8;
/**
 * Characters of text kept per pass (a 1,000,000-word page has about 6.5 million); blocks past it count
 * as empty, so their indices stay in line.
 */
export const MAX_PASS_CHARS = 8_000_000;
/** Characters kept over all passes: past it the least recently used passes go, whichever tab they are in. */
export const MAX_TOTAL_CHARS = 64_000_000;
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
  /** Drops a tab's passes (the tab closed or started loading a page). */
  forgetTab(tabId: number): void;
  readonly size: number;
}

export interface PassLimits {
  perFrame: number;
  perTab: number;
  passChars: number;
  totalChars: number;
}

const DEFAULT_LIMITS: PassLimits = { perFrame: MAX_PASSES_PER_FRAME, perTab: MAX_PASSES_PER_TAB, passChars: MAX_PASS_CHARS, totalChars: MAX_TOTAL_CHARS };

interface PassEntry {
  tabId: number;
  frame: string;
  page: Promise<PageContext>;
  chars: number;
}

/**
 * `matcher`: the active dataset's matcher (asked once per new pass). `tag`: compromise's tagger, for the
 * names the rules can't settle (./tagger); without it, or when it fails, the rules alone decide.
 */
export function createMatchPasses(matcher: () => Promise<CompiledMatcher>, limits: Partial<PassLimits> = {}, tag?: TagSentences): MatchPasses {
  const { perFrame, perTab, passChars, totalChars } = { ...DEFAULT_LIMITS, ...limits };
  /** Keyed tab:frame:pass, least recently used first. */
  const passes = new Map<string, PassEntry>();
  let total = 0;

  const drop = (key: string) => {
    const entry = passes.get(key);
    if (!entry) return;
    total -= entry.chars;
    passes.delete(key);
  };
  /** Drops the least recently used passes matching `which` past `limit` (never `keep`). */
  const trim = (which: (e: PassEntry) => boolean, limit: number, keep: string) => {
    let count = 0;
    for (const e of passes.values()) if (which(e)) count += 1;
    for (const [key, e] of passes) {
      if (count <= limit) break;
      if (key !== keep && which(e)) {
        drop(key);
        count -= 1;
      }
    }
  };

  function passFor({ tabId, frameId }: PassSender, pass: string): { key: string; entry: PassEntry } {
    const frame = `${tabId}:${frameId}`;
    const key = `${frame}:${pass}`;
    const entry = passes.get(key) ?? { tabId, frame, page: matcher().then(createPageContext), chars: 0 };
    passes.delete(key);
    passes.set(key, entry); // most recently used last
    trim((e) => e.frame === frame, perFrame, key);
    trim((e) => e.tabId === tabId, perTab, key);
    return { key, entry };
  }

  return {
    async matchBlocks(sender, { pass, first, texts, resolve }) {
      const { key, entry } = passFor(sender, pass);
      const page = await entry.page;
      const start = performance.now();
      let sentences = 0;
      try {
        if (page.blockCount <= first) {
          // A worker stopped mid-pass has forgotten the earlier blocks: stand-ins keep the indices in line.
          while (page.blockCount < first) page.addBlock('');
          for (const text of texts) {
            const kept = entry.chars + text.length <= passChars;
            page.addBlock(kept ? text : '');
            if (kept && passes.get(key) === entry) {
              entry.chars += text.length;
              total += text.length;
            }
          }
          // Memory over all tabs: the least recently used passes go first, this one last.
          for (const oldest of [...passes.keys()]) {
            if (total <= totalChars) break;
            if (oldest !== key) drop(oldest);
          }
        }
        // `resolve` spans at most MAX_RESOLVE_BLOCKS (lib/message-check), so the answer is bounded too.
        if (!resolve) return [];
        const [from, to] = resolve;
        if (!tag) return page.resolveRange(from, to);
        const tagged = await resolveWithTags((options) => page.resolveRange(from, to, options), tag);
        sentences = tagged.sentences;
        if (tagged.taggerError) console.debug('[CaseLens] names settled without the tagger:', tagged.taggerError);
        return tagged.result;
      } finally {
        measure(start, sentences);
      }
    },
    forgetTab(tabId) {
      for (const [key, entry] of passes) if (entry.tabId === tabId) drop(key);
    },
    get size() {
      return passes.size;
    },
  };
}

/** `sentences`: how many were sent to the tagger during the request (the measure's detail). */
function measure(start: number, sentences: number): void {
  try {
    if (performance.getEntriesByName(MATCH_MEASURE).length >= MAX_MEASURES) performance.clearMeasures(MATCH_MEASURE);
    performance.measure(MATCH_MEASURE, { start, end: performance.now(), detail: { sentences } });
  } catch {
    // measures are for the benchmark only
  }
}

/** A content script's report, with the cases the page is about and the time. */
export function withCases(report: PageReport, targets: CompiledMatcher['targets'], now = Date.now()): PageResults {
  return { url: report.url, counts: report.counts, caseIds: casesMentioned(targets, report.counts), scannedAt: now };
}
