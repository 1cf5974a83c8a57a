/**
 * One scanning session on a page while CaseLens is on there: a pass (scan, match, annotate, then
 * observe) under its own AbortController, child of the content script's signal. `restart` aborts the
 * pass, unwraps its marks and starts a fresh one (single-page navigation, a page changed wholesale).
 */
import type { Mention } from '../../lib/match/types';
import { findArticleRoot, isSkipped, type ScanDocument, type ScanElement } from '../../lib/scan';
import { unwrapMarks } from './annotate';
import { blocksUnder } from './block-source';
import { observeChanges, type Batch } from './observe';
import { BlockCounter, collectBlocks, markBlocks, ScannedNodes, type NearWatch, type PageMatcher } from './scan-pass';
import { BudgetSpent, CHUNK_BUDGET_MS, CROWDED_CHUNK_BUDGET_MS, PASS_MEASURE, SCAN_MEASURE, WorkClock } from './work-clock';

/** Restarts closer together than this are deferred, and the gap doubles each time (a page rebuilt every frame). */
const MIN_RESTART_GAP_MS = 1000;
const MAX_RESTART_GAP_MS = 16_000;
/** Past this many marks in a pass, chunks get the shorter budget (work-clock CROWDED_CHUNK_BUDGET_MS). */
const CROWDED_MARKS = 2000;

export interface SessionOptions {
  /** A fresh page context of the matcher (in the background) for a new pass. */
  newMatcher: () => PageMatcher;
  /** Called once, right before the pass writes its first mark (e.g. to adopt the marks' style sheet). */
  beforeFirstMark?: () => void;
  markMode: () => 'all' | 'first';
  /** Every mention found so far in this pass (after each batch). */
  onMentions: (mentions: readonly Mention[]) => void;
  /** Reports an unexpected error once, quietly. */
  onError: (error: unknown) => void;
  /** Where a very long page's marks wait for the reader (scan-pass NEAR_VIEW_BLOCKS); without it, all are written. */
  nearWatch?: NearWatch;
}

export class ScanSession {
  private pass: AbortController | undefined;
  private marks: HTMLElement[] = [];
  /** The current pass's marks still waiting for the viewport, by scan (see writeFirst). */
  private waiting: ((entityId: string) => void)[] = [];
  private lastRestart = 0;
  private restartGap = MIN_RESTART_GAP_MS;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly options: SessionOptions,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /**
   * Aborts the current pass, unwraps its marks, and scans the page afresh: at once, or, when the last
   * restart was too recent, once when the gap is over (a deferred restart then runs, it is not deferred again).
   */
  restart(): void {
    if (this.signal.aborted || this.restartTimer !== undefined) return;
    const wait = this.lastRestart + this.restartGap - performance.now();
    if (this.pass && wait > 0) {
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        this.begin();
      }, wait);
      this.restartGap = Math.min(this.restartGap * 2, MAX_RESTART_GAP_MS);
      return;
    }
    this.begin();
  }

  private begin(): void {
    if (this.signal.aborted) return;
    const now = performance.now();
    if (now - this.lastRestart > this.restartGap * 2) this.restartGap = MIN_RESTART_GAP_MS;
    this.lastRestart = now;
    this.stop();
    const pass = new AbortController();
    this.pass = pass;
    this.run(pass.signal).catch((e: unknown) => {
      if (!pass.signal.aborted) this.options.onError(e);
    });
  }

  /** Aborts the current pass and restores the page's text nodes. */
  stop(): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.pass?.abort();
    this.pass = undefined;
    unwrapMarks(this.marks);
    this.marks = [];
    this.waiting = [];
  }

  /** Writes the first waiting mark of `entityId` (on a very long page), so that it can be shown. */
  writeFirst(entityId: string): void {
    for (const write of this.waiting) write(entityId);
  }

  private async run(signal: AbortSignal): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    const passStart = performance.now();
    const root = measured(SCAN_MEASURE, () => (findArticleRoot(this.doc as unknown as ScanDocument) as unknown as Element | null) ?? body);
    const page = this.options.newMatcher();
    const counter = new BlockCounter();
    const scanned = new ScannedNodes();
    const mentions: Mention[] = [];
    const shownIds = new Set<string>();
    const keep = (m: Mention) => {
      if (this.options.markMode() === 'all') return true;
      if (shownIds.has(m.entityId)) return false;
      shownIds.add(m.entityId);
      return true;
    };
    let ready: Promise<void> = Promise.resolve();
    const scan = async (roots: Element[], budgetMs = Infinity): Promise<{ spentMs: number; done: boolean }> => {
      const clock = new WorkClock(signal, budgetMs, () => (this.marks.length > CROWDED_MARKS ? CROWDED_CHUNK_BUDGET_MS : CHUNK_BUDGET_MS));
      let done = true;
      try {
        const pending = await collectBlocks(roots, blocksUnder, page, counter, scanned, clock);
        const { nearWatch } = this.options;
        await markBlocks(pending, page, scanned, clock, {
          keep,
          beforeWrite: this.options.beforeFirstMark,
          afterWrite: () => observer.dropOwnRecords(),
          onMarks: (marks, found) => {
            this.marks.push(...marks);
            mentions.push(...found);
          },
          near: nearWatch && { watch: nearWatch, signal, onWaiting: (writeFirst) => this.waiting.push(writeFirst) },
        });
      } catch (e) {
        if (!(e instanceof BudgetSpent)) throw e;
        done = false;
      }
      clock.endChunk();
      this.options.onMentions(mentions);
      return { spentMs: clock.spentMs, done };
    };
    const onBatch = async (batch: Batch, budgetMs: number) => {
      await ready;
      if (!root.isConnected) {
        queueMicrotask(() => this.restart());
        return { spentMs: 0, done: true };
      }
      if (batch.kind === 'wholesale') return scan([root], budgetMs);
      const inside = batch.roots.filter((el) => root.contains(el) && !insideSkipped(el, root));
      return inside.length > 0 ? scan(inside, budgetMs) : { spentMs: 0, done: true };
    };
    const observer = observeChanges(body, signal, onBatch);
    const initial = scan([root]).then(() => measurePass(passStart));
    ready = initial.then(
      () => undefined,
      () => undefined,
    );
    await initial;
  }
}

/** Wall time of a page's first pass (yields included): the main-thread share is the `caselens:scan` measures in it. */
function measurePass(start: number): void {
  try {
    performance.measure(PASS_MEASURE, { start, end: performance.now() });
  } catch {
    // see WorkClock.endChunk
  }
}

/** Runs `work` and records it as a `name` performance measure. */
function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // see WorkClock.endChunk
    }
  }
}

/** True when `el` or an ancestor up to `root` is something the scanner leaves alone. */
function insideSkipped(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    if (isSkipped(n as unknown as ScanElement)) return true;
  }
  return false;
}
