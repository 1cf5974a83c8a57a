/**
 * Pass 1 for one block of text: every span whose tokens spell a compiled name or alias, with the aliases
 * whose capitalization the text respects. No decisions about context yet.
 */
import { tokenize, type Token } from '../text/tokenize';
import type { CompiledAlias, CompiledMatcher, TrieNode } from './types';

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  aliases: CompiledAlias[];
}

export interface ScannedBlock {
  text: string;
  tokens: Token[];
  /** Sorted by `first`, then longest first. */
  candidates: Candidate[];
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

function spansFrom(matcher: CompiledMatcher, text: string, tokens: Token[], i: number, start: TrieNode): Candidate[] {
  const found: Candidate[] = [];
  let node: TrieNode | undefined = start;
  let j = i;
  for (;;) {
    if (node.aliases.length > 0) {
      const fits = node.aliases.filter((a) => casingFits(a, tokens, i));
      if (fits.length > 0) found.push({ first: i, last: j, aliases: fits });
    }
    const cur = tokens[j];
    const nxt = tokens[j + 1];
    if (!cur || !nxt || j - i + 1 >= matcher.maxTokens) break;
    const child: TrieNode | undefined = node.next.get(nxt.folded);
    if (!child || !joinable(text, cur, nxt, child.afterComma)) break;
    node = child;
    j++;
  }
  return found.reverse();
}

/** Tokenizes a block and lists its candidate spans. */
export function scanBlock(matcher: CompiledMatcher, text: string): ScannedBlock {
  if (!matcher.prefilter.test(text)) return { text, tokens: [], candidates: [] };
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const node = matcher.root.next.get((tokens[i] as Token).folded);
    if (node) candidates.push(...spansFrom(matcher, text, tokens, i, node));
  }
  return { text, tokens, candidates };
}
