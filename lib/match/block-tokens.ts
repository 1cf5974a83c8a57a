/**
 * What a scanned block keeps of its tokens: only those the rules may read, the tokens of each candidate
 * and RULE_CONTEXT on either side, as offsets in one typed array. A token is rebuilt (folded, with its
 * casing) when a rule asks for it, so a long block costs memory for its candidates, not its words.
 */
import { tokenAt, type Token } from '../text/tokenize';

/** Tokens on each side of a candidate the rules may read (the all-caps window is the widest). */
export const RULE_CONTEXT = 3;
/** Entries of `kept`: token index, start offset, end offset. */
const STRIDE = 3;

export interface KeptTokens {
  text: string;
  /** Tokens in the whole block (indices past the last are "no token"). */
  tokenCount: number;
  /** [index, start, end] per kept token, by increasing index. */
  kept: Int32Array;
  /** Tokens built during one pass over the block, by kept position (see withTokenCache). */
  built?: (Token | undefined)[];
  /** Kept position of the last token looked up in this pass: the next is usually close by. */
  cursor?: number;
}

/** The block with a cache of built tokens, for one pass: the rules read the same few tokens many times. */
export const withTokenCache = <T extends KeptTokens>(block: T): T => (block.kept.length === 0 ? block : { ...block, built: [], cursor: 0 });

/** Kept ranges of token indices, inclusive, merged and sorted, for spans sorted by `first`. */
export function keptRanges(spans: readonly { first: number; last: number }[], tokenCount: number): number[] {
  const out: number[] = [];
  for (const s of spans) {
    const lo = Math.max(0, s.first - RULE_CONTEXT);
    const hi = Math.min(tokenCount - 1, s.last + RULE_CONTEXT);
    const prevHi = out[out.length - 1];
    if (prevHi !== undefined && lo <= prevHi + 1) out[out.length - 1] = Math.max(prevHi, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** Packs the kept ranges' offsets from a full scan's `start`/`end` arrays. */
export function packKept(ranges: readonly number[], start: Int32Array, end: Int32Array): Int32Array {
  let n = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) n += (ranges[r + 1] ?? 0) - (ranges[r] ?? 0) + 1;
  const kept = new Int32Array(n * STRIDE);
  let at = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    for (let k = ranges[r] ?? 0; k <= (ranges[r + 1] ?? -1); k++) {
      kept[at++] = k;
      kept[at++] = start[k] ?? 0;
      kept[at++] = end[k] ?? 0;
    }
  }
  return kept;
}

/** Kept position of token `index`, or -1: first a guess from the cursor (same kept range), then a search. */
function positionOf(block: KeptTokens, index: number): number {
  const size = block.kept.length / STRIDE;
  const cursor = block.cursor ?? 0;
  const guess = cursor + index - (block.kept[cursor * STRIDE] ?? 0);
  if (guess >= 0 && guess < size && block.kept[guess * STRIDE] === index) return guess;
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = block.kept[mid * STRIDE] ?? 0;
    if (k === index) return mid;
    if (k < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Token `index` of the block, or undefined past either end (rules never read beyond RULE_CONTEXT). */
export function tokenOf(block: KeptTokens, index: number): Token | undefined {
  if (index < 0 || index >= block.tokenCount) return undefined;
  const at = positionOf(block, index);
  if (at < 0) return undefined;
  if (!block.built) return tokenAt(block.text, block.kept[at * STRIDE + 1] ?? 0, block.kept[at * STRIDE + 2] ?? 0);
  block.cursor = at;
  let tok = block.built[at];
  if (!tok) block.built[at] = tok = tokenAt(block.text, block.kept[at * STRIDE + 1] ?? 0, block.kept[at * STRIDE + 2] ?? 0);
  return tok;
}
