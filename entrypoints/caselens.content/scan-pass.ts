/**
 * scan glue: drives scan (DOM -> blocks) -> match (blocks -> mentions) -> annotate (mentions -> marks)
 * over roots, time-sliced through a WorkClock. Matching runs in the background (PageMatcher): the
 * blocks' texts go there as the walk finds them, pass 2's mentions come back in groups, and the main
 * thread is free while it waits. Blocks whose text nodes were already scanned are skipped, so
 * scanning twice never double-wraps.
 */
import type { Mention } from '../../lib/match/types';
import { annotateBlock, type TextPiece } from './annotate';
import { afterNextFrame, type WorkClock } from './work-clock';

/** A block of text (a paragraph, a heading...) and the text nodes it is made of. */
export interface ScanBlock {
  text: string;
  pieces: readonly TextPiece[];
}

/** lib/match's page context for one scan pass, in the two passes this stage uses (run by the background). */
export interface PageMatcher {
  /**
   * Pass 1 over blocks `first`, `first + 1`... (each block's index is its place in the pass), then,
   * when `resolve` = [from, to] is given, pass 2 for blocks from..to (excluded) with the whole page's
   * evidence so far: their mentions, one list per block (none without `resolve`).
   */
  match(first: number, texts: string[], resolve?: readonly [number, number]): Promise<Mention[][]>;
}

/** lib/scan: the text blocks under a root, in document order. */
export type BlockSource = (root: Element) => Iterable<ScanBlock>;

/** Text sent to the matcher in one message, at most (a huge page goes in many). */
const SEND_CHARS = 64 * 1024;
/** Blocks resolved per message (their mentions come back in one answer). */
const RESOLVE_BLOCKS = 1000;
/** Marks written between two rendered frames, at most (see markBlocks). */
export const MARKS_PER_FRAME = 400;
/**
 * Past this many new blocks in one scan, marks go in only near the viewport (see `near` in MarkOptions):
 * on a page that long every frame after a write lays out the whole page again (about 65 ms on a
 * 1,000,000-word page here, for a single mark), so writing everything at once would mean dozens of
 * such frames right after load.
 */
export const NEAR_VIEW_BLOCKS = 3000;
/** Blocks with marks to write per group watched for nearness (one watched element per group). */
export const NEAR_VIEW_GROUP = 32;

/**
 * Tells which of a list of elements are near the viewport, now and as the reader scrolls: `near(i)`
 * is called for each group start `i` near it, and for the last one above it (the group the reader is
 * in), until `signal` aborts. Calls may repeat.
 */
export type NearWatch = (starts: readonly Element[], near: (i: number) => void, signal: AbortSignal) => void;

/** What `markBlocks` made and found; left empty when `onMarks` takes them block by block. */
export interface ScanOutput {
  marks: HTMLElement[];
  /** Every mention found, marked or not (the counts the popup shows). */
  mentions: Mention[];
}

/** Text nodes scanned by this content script (including the pieces annotate split off). */
export class ScannedNodes {
  private readonly nodes = new WeakSet<Node>();

  has(block: ScanBlock): boolean {
    return block.pieces.some((p) => this.nodes.has(p.node));
  }

  add(block: ScanBlock, marks: readonly HTMLElement[]): void {
    for (const p of block.pieces) this.nodes.add(p.node);
    for (const m of marks) {
      for (const n of [m.firstChild, m.previousSibling, m.nextSibling]) if (n instanceof Text) this.nodes.add(n);
    }
  }
}

/** A block sent to the matcher (pass 1), waiting for pass 2 and annotate. */
export interface PendingBlock {
  block: ScanBlock;
  index: number;
  /** Its mentions, when pass 2 came back with pass 1 (a page of at most RESOLVE_BLOCKS new blocks). */
  mentions?: Mention[];
}

/** Hands out a pass's block indices, in order, across its scans. */
export class BlockCounter {
  next = 0;
}

/**
 * Pass 1 over the unscanned blocks under `roots`: the walk yields to the page as the clock asks, and
 * the texts go to the matcher in messages of about SEND_CHARS, sent as they fill up. The last message
 * also asks for pass 2 when the new blocks are few enough for one answer (most pages: one round trip).
 */
export async function collectBlocks(
  roots: readonly Element[],
  blocks: BlockSource,
  page: PageMatcher,
  counter: BlockCounter,
  scanned: ScannedNodes,
  clock: WorkClock,
): Promise<PendingBlock[]> {
  const out: PendingBlock[] = [];
  const sent: Promise<unknown>[] = [];
  let texts: string[] = [];
  let first = counter.next;
  let chars = 0;
  const send = () => {
    if (texts.length > 0) sent.push(page.match(first, texts));
    texts = [];
    first = counter.next;
    chars = 0;
  };
  let walked = false;
  try {
    for (const root of roots) {
      for (const block of blocks(root)) {
        if (!scanned.has(block)) {
          out.push({ block, index: counter.next++ });
          texts.push(block.text);
          chars += block.text.length;
          if (chars >= SEND_CHARS) send();
        }
        await clock.maybeYield();
      }
    }
    walked = true;
  } finally {
    // Even when the clock stops the walk: the blocks already counted are sent, so indices stay in line.
    if (!walked) send();
  }
  const from = out[0]?.index;
  if (from !== undefined && out.length <= RESOLVE_BLOCKS) {
    const resolved = page.match(first, texts, [from, from + out.length]);
    const [found] = await clock.idle(Promise.all([resolved, Promise.all(sent)]));
    out.forEach((p, i) => (p.mentions = found[i] ?? []));
  } else {
    send();
    await clock.idle(Promise.all(sent));
  }
  return out;
}

export interface MarkOptions {
  /** Filters what is marked (e.g. only a name's first mention); every mention still counts. */
  keep?: (m: Mention) => boolean;
  /** Called right before each write to the page. */
  beforeWrite?: () => void;
  /** Called right after each write to the page (the observer drops its records of our own writes). */
  afterWrite?: () => void;
  /** Called after each block with its marks and every mention found in it (so work cut short still counts). */
  onMarks?: (marks: readonly HTMLElement[], mentions: readonly Mention[]) => void;
  /**
   * On a scan of more than NEAR_VIEW_BLOCKS blocks, marks are written only as their blocks come near
   * the viewport (every mention still counts at once, and `onMarks` gets the marks when they are made).
   */
  near?: {
    watch: NearWatch;
    signal: AbortSignal;
    /** Gets, when marks wait, a function that writes the marks of the first waiting block naming an entity now. */
    onWaiting?: (writeFirst: (entityId: string) => void) => void;
  };
}

/**
 * Pass 2 (asked of the matcher in groups of RESOLVE_BLOCKS, all at once) and annotate over `pending`.
 * At most MARKS_PER_FRAME marks go into the page between two rendered frames: the browser lays out
 * again every paragraph that got a mark (and, on a long page, walks the whole page) in the frame
 * after, so on a page with thousands of names the writes are spread so that no frame's layout
 * becomes a long task.
 */
export async function markBlocks(
  pending: readonly PendingBlock[],
  page: PageMatcher,
  scanned: ScannedNodes,
  clock: WorkClock,
  { keep = () => true, beforeWrite, afterWrite, onMarks, near }: MarkOptions = {},
): Promise<ScanOutput> {
  const out: ScanOutput = { marks: [], mentions: [] };
  const groups: (readonly PendingBlock[])[] = [];
  for (let g = 0; g < pending.length; g += RESOLVE_BLOCKS) groups.push(pending.slice(g, g + RESOLVE_BLOCKS));
  const asked = groups.map((group) => {
    const from = group[0]?.index ?? 0;
    return group.every((p) => p.mentions)
      ? Promise.resolve(group.map((p) => p.mentions ?? []))
      : page.match(from, [], [from, (group[group.length - 1]?.index ?? from) + 1]);
  });
  // All answers before any write (a failed request fails the scan before it touches the page).
  const answers = asked.length > 0 ? await clock.idle(Promise.all(asked)) : [];
  if (near && pending.length > NEAR_VIEW_BLOCKS) {
    return markNearView(groups, answers, scanned, clock, near, { keep, beforeWrite, afterWrite, onMarks }, out);
  }
  const report = reporter(out, onMarks);
  let sinceFrame = 0;
  for (const { block, found } of unscannedWithMentions(groups, answers, scanned)) {
    const shown = found.length > 0 ? found.filter(keep) : found;
    if (shown.length > 0) beforeWrite?.();
    if (sinceFrame >= MARKS_PER_FRAME) {
      await clock.idle(afterNextFrame());
      sinceFrame = 0;
    }
    const marks = shown.length > 0 ? annotateBlock(block.pieces, shown) : [];
    if (marks.length > 0) afterWrite?.();
    sinceFrame += marks.length;
    scanned.add(block, marks);
    report(marks, found);
    await clock.maybeYield();
  }
  return out;
}

/**
 * The blocks of `groups` not scanned yet, in order, each with pass 2's mentions for it (whether a
 * block is scanned is checked as the loop reaches it, after the writes before it).
 */
function* unscannedWithMentions(
  groups: readonly (readonly PendingBlock[])[],
  answers: readonly Mention[][][],
  scanned: ScannedNodes,
): Generator<{ block: ScanBlock; found: Mention[] }> {
  for (const [g, group] of groups.entries()) {
    const resolved = answers[g] ?? [];
    const from = group[0]?.index ?? 0;
    for (const { block, index } of group) if (!scanned.has(block)) yield { block, found: resolved[index - from] ?? [] };
  }
}

/** Hands a block's marks and mentions to `onMarks`, or, when nobody takes them block by block, to `out`. */
function reporter(out: ScanOutput, onMarks: MarkOptions['onMarks']): (marks: readonly HTMLElement[], found: readonly Mention[]) => void {
  if (onMarks) return onMarks;
  // (With onMarks these arrays stay empty: on a huge page they would only feed the GC.)
  return (marks, found) => {
    for (const m of marks) out.marks.push(m);
    for (const m of found) out.mentions.push(m);
  };
}

/** A block whose marks wait until it comes near the viewport. */
interface Waiting {
  block: ScanBlock;
  shown: Mention[];
}

/**
 * markBlocks on a very long page: every mention counts now (`keep` runs in page order, so "first
 * mention only" still means the first), but a block's marks are written only when its group of
 * NEAR_VIEW_GROUP blocks comes near the viewport. Each write is then a few dozen marks, and the page is
 * laid out again once per stretch the reader scrolls to, not once per frame for seconds after load.
 */
async function markNearView(
  groups: readonly (readonly PendingBlock[])[],
  answers: readonly Mention[][][],
  scanned: ScannedNodes,
  clock: WorkClock,
  near: NonNullable<MarkOptions['near']>,
  { keep = () => true, beforeWrite, afterWrite, onMarks }: MarkOptions,
  out: ScanOutput,
): Promise<ScanOutput> {
  const waiting: Waiting[] = [];
  const report = reporter(out, onMarks);
  try {
    for (const { block, found } of unscannedWithMentions(groups, answers, scanned)) {
      const shown = found.filter(keep);
      scanned.add(block, []);
      if (shown.length > 0) waiting.push({ block, shown });
      report([], found);
      await clock.maybeYield();
    }
  } finally {
    // Even when the clock stops the loop: the blocks taken so far are watched (the rest stay unscanned).
    watchNear(waiting, near, { beforeWrite, afterWrite, onMarks }, scanned, out);
  }
  return out;
}

/** Groups `waiting` and writes each group as it comes near the viewport (see markNearView). */
function watchNear(
  waiting: readonly Waiting[],
  near: NonNullable<MarkOptions['near']>,
  { beforeWrite, afterWrite, onMarks }: MarkOptions,
  scanned: ScannedNodes,
  out: ScanOutput,
): void {
  if (near.signal.aborted) return;
  const batches: Waiting[][] = [];
  for (let i = 0; i < waiting.length; i += NEAR_VIEW_GROUP) batches.push(waiting.slice(i, i + NEAR_VIEW_GROUP));
  const written = new Set<number>();
  const write = (i: number) => {
    const batch = batches[i];
    if (!batch || written.has(i) || near.signal.aborted) return;
    written.add(i);
    beforeWrite?.();
    const report = reporter(out, onMarks);
    for (const { block, shown } of batch) {
      const marks = annotateBlock(block.pieces, shown);
      scanned.add(block, marks);
      report(marks, []);
    }
    afterWrite?.();
  };
  const starts = batches.map((b) => b[0]?.block.pieces[0]?.node.parentElement ?? null);
  const watched = starts.flatMap((el, i) => (el ? [{ el, i }] : []));
  near.watch(
    watched.map((w) => w.el),
    (k) => {
      const i = watched[k]?.i;
      if (i !== undefined) write(i);
    },
    near.signal,
  );
  near.onWaiting?.((entityId) => {
    const i = batches.findIndex((b) => b.some((w) => w.shown.some((m) => m.entityId === entityId)));
    if (i >= 0) write(i);
  });
}
