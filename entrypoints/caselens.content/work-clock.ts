/**
 * Time-slicing: work runs in chunks of at most CHUNK_BUDGET_MS, each recorded as a
 * `caselens:scan` performance measure (so DevTools and the tests see the cost), then yields to the page.
 */

/** Well under the 50 ms long-task limit, and short enough to leave room for the page's own input. */
export const CHUNK_BUDGET_MS = 8;
/**
 * Chunks once a pass has made many marks: the heap then holds every block's tokens and marks, a
 * collection can land in any chunk, and a shorter chunk keeps chunk + collection under 50 ms.
 */
export const CROWDED_CHUNK_BUDGET_MS = 3;
export const SCAN_MEASURE = 'caselens:scan';
/** Wall time of a page's initial pass, from its start to its last chunk (yields included). */
export const PASS_MEASURE = 'caselens:pass';

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page: `scheduler.yield()` where there is one, else a message-channel turn. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Longest wait for a frame (a background tab renders none). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task of its own right after the browser renders its next frame (or after `maxWaitMs`
 * when it renders none, as in a hidden tab).
 */
export function afterNextFrame(maxWaitMs = FRAME_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    requestAnimationFrame(() =>
      // rAF callbacks run before the frame is rendered; a task queued from one runs after it.
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Thrown by `maybeYield` once a clock's budget is spent; the caller leaves the rest for later. */
export class BudgetSpent extends Error {}

export class WorkClock {
  private chunkStart = performance.now();
  /** Main-thread time spent in this clock's chunks. */
  spentMs = 0;

  constructor(
    private readonly signal: AbortSignal,
    private readonly budgetMs = Infinity,
    /** This chunk's budget, asked at each check (see CROWDED_CHUNK_BUDGET_MS). */
    private readonly chunkMs: () => number = () => CHUNK_BUDGET_MS,
  ) {}

  /** True once the current chunk has used its budget. */
  due(): boolean {
    return performance.now() - this.chunkStart >= this.chunkMs();
  }

  /** Ends the current chunk (recording it) and starts a new one. */
  endChunk(): void {
    const end = performance.now();
    this.spentMs += end - this.chunkStart;
    try {
      performance.measure(SCAN_MEASURE, { start: this.chunkStart, end });
    } catch {
      // A page that replaced `performance` doesn't get our measures; the work still runs.
    }
    this.chunkStart = end;
  }

  /** Ends the chunk, yields to the page, starts a new chunk; throws when the pass was aborted meanwhile. */
  async yield(): Promise<void> {
    this.endChunk();
    await yieldToPage();
    this.signal.throwIfAborted();
    this.chunkStart = performance.now();
  }

  /**
   * Waits for work done elsewhere (the matcher in the background): the chunk ends before the wait and a
   * new one starts after, so the wait is not counted as this page's main-thread time.
   */
  async idle<T>(work: Promise<T>): Promise<T> {
    this.endChunk();
    const out = await work;
    this.signal.throwIfAborted();
    this.chunkStart = performance.now();
    return out;
  }

  /** Yields only when the chunk's budget is used up; throws BudgetSpent once the whole budget is. */
  async maybeYield(): Promise<void> {
    if (!this.due()) return;
    await this.yield();
    if (this.spentMs >= this.budgetMs) throw new BudgetSpent('budget spent');
  }
}
