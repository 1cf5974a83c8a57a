/**
 * observe: new content (infinite scroll, live blogs, "read more") is scanned as it appears.
 * MutationObserver records are batched per animation frame; the work they cause has a budget per
 * second, and past it the observer backs off. A batch too big to take piece by piece (the page changed
 * wholesale), or one cut short by the budget, becomes one rescan of the root (already-scanned blocks
 * are skipped, so it only costs the walk).
 */
import { CARD_HOST_TAG, MARK_TAG } from './marks';
import { afterNextFrame } from './work-clock';

/** Main-thread time new content may cost per second before we back off (4% of a second). */
export const BUDGET_MS_PER_SECOND = 40;
const WINDOW_MS = 1000;
/** Longest wait between batches when a page mutates without end. */
const MAX_BACKOFF_MS = 8000;
/** Past this many changed subtrees in one batch, one rescan costs less than taking them one by one. */
export const WHOLESALE_ROOTS = 300;
/** A frame that never comes (a hidden tab) still flushes after this long. */
const FRAME_FALLBACK_MS = 250;

const OWN = `${MARK_TAG}, ${CARD_HOST_TAG}`;

export type Batch = { kind: 'roots'; roots: Element[] } | { kind: 'wholesale' };

/** Runs a batch within `budgetMs`; resolves with what it cost and whether it got through it all. */
export type BatchHandler = (batch: Batch, budgetMs: number) => Promise<{ spentMs: number; done: boolean }>;

export interface ChangeObserver {
  /** Drops records of our own writes (call right after writing to the page). */
  dropOwnRecords(): void;
}

function isOwn(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return el === null || el.closest(OWN) !== null;
}

export function observeChanges(target: Node, signal: AbortSignal, handle: BatchHandler): ChangeObserver {
  const pending = new Set<Element>();
  let wholesale = false;
  let scheduled = false;
  let running = false;
  let windowStart = performance.now();
  let spent = 0;
  let backoff = WINDOW_MS;

  const schedule = (delay = 0) => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const go = () => {
      scheduled = false;
      void flush();
    };
    // Once per frame, in a task of its own after it: work done inside the frame's own task (rAF
    // callbacks, then style and layout) would add to it and could push a busy page's frame past 50 ms.
    if (delay > 0) setTimeout(go, delay);
    else void afterNextFrame(FRAME_FALLBACK_MS).then(go);
  };

  const flush = async () => {
    if (signal.aborted || running || (!wholesale && pending.size === 0)) return;
    const now = performance.now();
    if (now - windowStart >= WINDOW_MS) {
      if (spent < BUDGET_MS_PER_SECOND) backoff = WINDOW_MS;
      windowStart = now;
      spent = 0;
    }
    if (spent >= BUDGET_MS_PER_SECOND) {
      schedule(windowStart + backoff - now);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      return;
    }
    const batch: Batch = wholesale ? { kind: 'wholesale' } : { kind: 'roots', roots: outermost([...pending]) };
    pending.clear();
    wholesale = false;
    running = true;
    try {
      const result = await handle(batch, BUDGET_MS_PER_SECOND - spent);
      spent += result.spentMs;
      // Unfinished work becomes one incremental rescan of the root in a later window.
      if (!result.done) wholesale = true;
    } catch {
      // Aborted mid-batch (the pass is over) or failed: the session reports failures itself.
    } finally {
      running = false;
    }
    if (wholesale || pending.size > 0) schedule();
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (isOwn(node)) continue;
        const el = node instanceof Element ? node : node.parentElement;
        if (el) pending.add(el);
      }
    }
    if (pending.size > WHOLESALE_ROOTS) {
      pending.clear();
      wholesale = true;
    }
    if (wholesale || pending.size > 0) schedule();
  });
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { dropOwnRecords: () => void observer.takeRecords() };
}

/** The connected elements of `els` that aren't inside another one of them. */
function outermost(els: Element[]): Element[] {
  const set = new Set(els.filter((e) => e.isConnected));
  return [...set].filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
