/**
 * The tokenizer's fast path: the same tokens as `tokenize` (offsets only, in typed arrays reused from
 * call to call), and a hash filter that picks out the few tokens worth a closer look without building a
 * string per token. Allocation-free for ASCII text; `tokenAt` builds a full Token on demand.
 */
import * as chars from './char-class';

// Local bindings: a hot loop should not read imports through module getters (as tsx/CommonJS emits them).
const { classOf, codePointAt, foldedCodeOf, widthOf } = chars;
const { WORD, LETTER, ASCII_WORD_LOWER } = chars;

export interface TokenScan {
  /** Tokens found; token k is `text.slice(start[k], end[k])`. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /**
   * Indices of the tokens the filter let through, and of every token with a character outside ASCII
   * (flag NON_ASCII), with their flags, in text order.
   */
  hits: Int32Array;
  hitFlags: Uint8Array;
  hitCount: number;
}

/** Filter size (a power of two): one byte of flags per slot, indexed by a hash of the folded token. */
export const FILTER_SIZE = 1 << 15;
const FILTER_MASK = FILTER_SIZE - 1;
/** Hit flag of a token with a character outside ASCII ("García", "藍天"). */
export const NON_ASCII = 0x80;
/** Filter flags of a token whose folded form can't be hashed char by char ("藍天"): it may be anything. */
const ANY_FILTER_FLAGS = 0x7f;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const PERIOD = 46;
const ASCII_END = 0x80;
const INITIAL_CAPACITY = 1 << 12;
/** Scratch arrays up to this many tokens are kept for the next call; larger ones are left to the GC. */
const RETAINED_CAPACITY = 1 << 16;

/** Hash of a folded word, one lower-case character code at a time (FNV-1a). */
export const HASH_START = FNV_OFFSET;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
export const slotOf = (h: number): number => (h ^ (h >>> 15)) & FILTER_MASK;

/** The filter slot of a folded ASCII token (lower case, no periods), as the scanner computes it. */
export function filterSlot(folded: string): number {
  let h = HASH_START;
  for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
  return slotOf(h);
}

const newScan = (capacity: number): TokenScan => ({
  count: 0,
  start: new Int32Array(capacity),
  end: new Int32Array(capacity),
  hits: new Int32Array(capacity),
  hitFlags: new Uint8Array(capacity),
  hitCount: 0,
});
let scratch = newScan(INITIAL_CAPACITY);

function grown(s: TokenScan): TokenScan {
  const g = newScan(s.start.length * 2);
  g.start.set(s.start);
  g.end.set(s.end);
  g.hits.set(s.hits);
  g.hitFlags.set(s.hitFlags);
  return { ...g, count: s.count, hitCount: s.hitCount };
}

/** End of a dotted abbreviation (`(?:\p{L}\.){2,}`) starting at `i`, or -1. */
function dottedEnd(text: string, i: number): number {
  let q = i;
  let pairs = 0;
  while (q < text.length) {
    const cp = codePointAt(text, q);
    if ((classOf(cp) & LETTER) === 0) break;
    const w = widthOf(cp);
    if (q + w >= text.length || text.charCodeAt(q + w) !== PERIOD) break;
    q += w + 1;
    pairs++;
  }
  return pairs >= 2 ? q : -1;
}

/** End of the token (letters, digits, marks, or a dotted abbreviation) that starts at `i`. */
function tokenEnd(text: string, i: number, cp: number, cls: number): number {
  const after = i + widthOf(cp);
  const dotted = (cls & LETTER) !== 0 && after < text.length && text.charCodeAt(after) === PERIOD ? dottedEnd(text, i) : -1;
  if (dotted > 0) return dotted;
  let j = i;
  while (j < text.length) {
    const d = codePointAt(text, j);
    if ((classOf(d) & WORD) === 0) break;
    j += widthOf(d);
  }
  return j;
}

/** Filter flags of a token off the fast path, with NON_ASCII if it has a character outside ASCII. */
function tokenFlags(text: string, from: number, to: number, filter: Uint8Array): number {
  let h = HASH_START;
  let nonAscii = 0;
  let hashable = true;
  for (let j = from; j < to; j++) {
    const d = text.charCodeAt(j);
    if (d >= ASCII_END) nonAscii = NON_ASCII;
    const f = d < ASCII_END ? (ASCII_WORD_LOWER[d] ?? 0) : foldedCodeOf(d);
    if (f > 0) h = hashStep(h, f);
    else if (f < 0) hashable = false;
  }
  return (hashable ? (filter[slotOf(h)] ?? 0) : ANY_FILTER_FLAGS) | nonAscii;
}

/**
 * Tokens of a text (`(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+`, as `tokenize`), with the tokens whose folded form
 * hashes to a non-zero slot of `filter` listed as hits. The result is reused by the next call. The common
 * case, a run of ASCII letters and digits, is hashed as it is read; anything else takes the general path.
 */
export function scanTokens(text: string, filter: Uint8Array): TokenScan {
  let s = scratch;
  let { start, end, hits, hitFlags } = s;
  let count = 0;
  let hitCount = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = -1;
    let flags = 0;
    if (c < ASCII_END) {
      const lower = ASCII_WORD_LOWER[c] ?? 0;
      if (lower === 0) {
        i++;
        continue;
      }
      // Not an initial ("U."): the token is the run of letters and digits, unless a non-ASCII one goes on.
      if (i + 1 === n || text.charCodeAt(i + 1) !== PERIOD) {
        let h = hashStep(HASH_START, lower);
        let k = i + 1;
        for (; k < n; k++) {
          const d = text.charCodeAt(k);
          const l = d < ASCII_END ? (ASCII_WORD_LOWER[d] ?? 0) : -1;
          if (l <= 0) break;
          h = hashStep(h, l);
        }
        if (k === n || text.charCodeAt(k) < ASCII_END) {
          j = k;
          flags = filter[slotOf(h)] ?? 0;
        }
      }
    }
    if (j < 0) {
      const cp = codePointAt(text, i);
      const cls = classOf(cp);
      if ((cls & WORD) === 0) {
        i += widthOf(cp);
        continue;
      }
      j = tokenEnd(text, i, cp, cls);
      flags = tokenFlags(text, i, j, filter);
    }
    if (count === start.length) {
      s = grown({ ...s, count, hitCount });
      ({ start, end, hits, hitFlags } = s);
    }
    start[count] = i;
    end[count] = j;
    if (flags !== 0) {
      hits[hitCount] = count;
      hitFlags[hitCount++] = flags;
    }
    count++;
    i = j;
  }
  s.count = count;
  s.hitCount = hitCount;
  if (start.length <= RETAINED_CAPACITY) scratch = s;
  return s;
}
