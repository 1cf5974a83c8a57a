/**
 * Pass 1 for one block of text: every span whose tokens spell a compiled name or alias, with the aliases
 * whose capitalization the text respects. No decisions about context yet. The block's tokens are only
 * scanned (offsets in typed arrays, a hash filter); strings are built for the few tokens that pass it.
 */
import { scanTokens, type TokenScan } from '../text/token-scan';
import { foldedAt, tokenAt, type Token } from '../text/tokenize';
import { keptRanges, packKept, type KeptTokens } from './block-tokens';
import { FIRST_TOKEN } from './token-filter';
import type { CompiledAlias, CompiledMatcher, TrieNode } from './types';

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  aliases: CompiledAlias[];
  /** Folded tokens joined by spaces, once asked for (see candidateKey). */
  key?: string;
}

export interface ScannedBlock extends KeptTokens {
  /** Sorted by `first`, then longest first. */
  candidates: readonly Candidate[];
}

/** A token of at most this many characters followed by a period is an initial or a short title ("B.", "Mr."). */
const MAX_ABBREVIATED_TOKEN = 3;
const SPACE_ONLY = /^\s+$/;
const HYPHEN_OR_APOSTROPHE = /^[-‐‑'’]$/;
const PERIOD_THEN_SPACE = /^\.\s*$/;
const COMMA_THEN_SPACE = /^,\s*$/;

/** May two tokens be adjacent words of one name? Spaces and line breaks, a hyphen, an initial's period. */
export function joinable(text: string, prev: Token, next: Token, afterComma: boolean): boolean {
  const gap = text.slice(prev.end, next.start);
  if (SPACE_ONLY.test(gap) || HYPHEN_OR_APOSTROPHE.test(gap)) return true;
  if (PERIOD_THEN_SPACE.test(gap)) return prev.raw.length <= MAX_ABBREVIATED_TOKEN;
  return afterComma && COMMA_THEN_SPACE.test(gap);
}

const stripPeriods = (s: string) => s.replace(/\./g, '');
const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Does the text's capitalization allow this alias? Names need their capitals; abbreviations are exact. */
export function casingFits(alias: CompiledAlias, tokens: readonly Token[], first: number): boolean {
  if (alias.caseMode === 'any') return true;
  return alias.raw.every((want, k) => {
    const tok = tokens[first + k];
    if (!tok) return false;
    if (alias.caseMode === 'exact') return stripPeriods(tok.raw) === stripPeriods(want);
    if (!UPPER_FIRST.test(want)) return true;
    if (want.length > 1 && ALL_UPPER.test(want)) return tok.casing === 'upper';
    return tok.casing === 'title' || tok.casing === 'upper';
  });
}

/** The spans that start at token `i` (whose folded form leads to `start`), longest first, into `out`. */
function spansFrom(matcher: CompiledMatcher, text: string, scan: TokenScan, i: number, start: TrieNode, out: Candidate[]): void {
  const walked: Token[] = [tokenAt(text, scan.start[i] ?? 0, scan.end[i] ?? 0)];
  const found: Candidate[] = [];
  let node: TrieNode = start;
  for (let j = i; ; j++) {
    if (node.aliases.length > 0) {
      const fits = node.aliases.filter((a) => casingFits(a, walked, 0));
      if (fits.length > 0) found.push({ first: i, last: j, aliases: fits });
    }
    const cur = walked[j - i];
    if (!cur || j + 1 >= scan.count || j - i + 1 >= matcher.maxTokens || node.next.size === 0) break;
    const nxt = tokenAt(text, scan.start[j + 1] ?? 0, scan.end[j + 1] ?? 0);
    const child = node.next.get(nxt.folded);
    if (!child || !joinable(text, cur, nxt, child.afterComma)) break;
    walked.push(nxt);
    node = child;
  }
  for (let k = found.length - 1; k >= 0; k--) out.push(found[k] as Candidate);
}

const NO_TOKENS = new Int32Array(0);
const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
const noCandidates = (text: string): ScannedBlock => ({ text, tokenCount: 0, kept: NO_TOKENS, candidates: NO_CANDIDATES });

/** Lists a block's candidate spans: every span from a token that folds to a first token of an alias. */
export function scanBlock(matcher: CompiledMatcher, text: string, scan = scanTokens(text, matcher.tokenFilter)): ScannedBlock {
  const candidates: Candidate[] = [];
  for (let h = 0; h < scan.hitCount; h++) {
    const flags = scan.hitFlags[h] ?? 0;
    if ((flags & FIRST_TOKEN) === 0) continue;
    const i = scan.hits[h] ?? 0;
    const node = matcher.root.next.get(foldedAt(text, scan.start[i] ?? 0, scan.end[i] ?? 0));
    if (!node) continue;
    spansFrom(matcher, text, scan, i, node, candidates);
  }
  if (candidates.length === 0) return noCandidates(text);
  const kept = packKept(keptRanges(candidates, scan.count), scan.start, scan.end);
  return { text, tokenCount: scan.count, kept, candidates };
}
