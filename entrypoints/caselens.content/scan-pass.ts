/**
 * scan glue: drives scan (DOM -> blocks) -> match (blocks -> mentions) -> annotate (mentions -> marks)
 * over a root, time-sliced through a WorkClock. Blocks whose text nodes were already scanned are
 * skipped, so scanning twice never double-wraps.
 */
import type { Mention } from '../../lib/match/types';
import { annotateBlock, type TextPiece } from './annotate';
import type { WorkClock } from './work-clock';

/** A block of text (a paragraph, a heading...) and the text nodes it is made of. */
export interface ScanBlock {
  text: string;
  pieces: readonly TextPiece[];
}

/** lib/match's page context, in the two passes this stage uses (see lib/match/page-context.ts). */
export interface PageMatcher {
  /** Pass 1: scans a block and adds what it says to the page's evidence; returns its index. */
  addBlock(text: string): number;
  /** Pass 2: the block's mentions, decided with the whole page's evidence. */
  resolveBlock(index: number): Mention[];
}

/** lib/scan: the text blocks under a root, in document order. */
export type BlockSource = (root: Element) => Iterable<ScanBlock>;

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

/** A block added to the page matcher (pass 1 done), waiting for pass 2 and annotate. */
export interface PendingBlock {
  block: ScanBlock;
  index: number;
}

/** Pass 1 over the unscanned blocks under `roots`, yielding to the page as the clock asks. */
export async function collectBlocks(
  roots: readonly Element[],
  blocks: BlockSource,
  page: PageMatcher,
  scanned: ScannedNodes,
  clock: WorkClock,
): Promise<PendingBlock[]> {
  const out: PendingBlock[] = [];
  for (const root of roots) {
    for (const block of blocks(root)) {
      if (!scanned.has(block)) out.push({ block, index: page.addBlock(block.text) });
      await clock.maybeYield();
    }
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
}

/** Pass 2 and annotate over `pending`. */
export async function markBlocks(
  pending: readonly PendingBlock[],
  page: PageMatcher,
  scanned: ScannedNodes,
  clock: WorkClock,
  { keep = () => true, beforeWrite, afterWrite, onMarks }: MarkOptions = {},
): Promise<ScanOutput> {
  const out: ScanOutput = { marks: [], mentions: [] };
  for (const { block, index } of pending) {
    if (scanned.has(block)) continue;
    const found = page.resolveBlock(index);
    const shown = found.length > 0 ? found.filter(keep) : found;
    if (shown.length > 0) beforeWrite?.();
    const marks = shown.length > 0 ? annotateBlock(block.pieces, shown) : [];
    if (marks.length > 0) afterWrite?.();
    scanned.add(block, marks);
    // Only when nobody takes them block by block: on a huge page these arrays would only feed the GC.
    if (!onMarks) {
      for (const m of marks) out.marks.push(m);
      for (const m of found) out.mentions.push(m);
    }
    onMarks?.(marks, found);
    await clock.maybeYield();
  }
  return out;
}
