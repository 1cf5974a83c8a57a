/**
 * The local rules: what the words right around a candidate say about it, without looking at the rest of
 * the page. Each rule names itself so tests and the CLI can explain a decision.
 */
import type { Token } from '../text/tokenize';
import { RULE_CONTEXT, tokenOf } from './block-tokens';
import type { Candidate, ScannedBlock } from './candidates';
import type { CompiledAlias, Target } from './types';
import { NON_ENTITY_FOLLOWER_PAIRS, NON_ENTITY_FOLLOWERS, NON_ENTITY_LOWER_FOLLOWERS, NOT_FIRST_NAMES, ORG_PREFIXES_ALLOWED, OTHER_COURT_LOWER_PREFIXES, TITLE_WORDS, US_STATES } from './word-lists';

export type LocalVerdict =
  | { verdict: 'ok' }
  | { verdict: 'reject'; rule: 'follower' | 'first-name' | 'org-prefix' | 'redefined' | 'party-state' | 'town' }
  /** The word before may be a first name (someone else's) or just a capitalized word: ask a tagger. */
  | { verdict: 'unsure'; word: Token };

const SPACE_ONLY = /^[ \t\u00a0]*\n?[ \t\u00a0]*$/;
const SPACE_OR_HYPHEN = /^(?:\s+|[-‐‑])$/;
const SENTENCE_BREAK = /[.!?;:"“”([)\]…|•—–]|\n/;
const INITIAL_GAP = /^\.\s+$/;
/** Neighbours looked at on each side to decide whether a word sits in all-caps text. */
const CAPS_WINDOW = RULE_CONTEXT;
const NEWLINE = 10;

const isCapitalized = (t: Token) => t.casing === 'title' || t.casing === 'upper';

export function gapBefore(block: ScannedBlock, index: number): string {
  const tok = tokenOf(block, index);
  const prev = tokenOf(block, index - 1);
  if (!tok) return '';
  return block.text.slice(prev ? prev.end : 0, tok.start);
}

/** True when a line break separates token `index` from the one before (or the block's start). */
function lineBreakBefore(block: ScannedBlock, index: number): boolean {
  const tok = tokenOf(block, index);
  if (!tok) return false;
  const from = tokenOf(block, index - 1)?.end ?? 0;
  for (let i = from; i < tok.start; i++) if (block.text.charCodeAt(i) === NEWLINE) return true;
  return false;
}

/** True when the token starts a sentence, a line or the block. */
export function startsSentence(block: ScannedBlock, index: number): boolean {
  return index === 0 || SENTENCE_BREAK.test(gapBefore(block, index));
}

/** True when the words around a token, on its own line, are capitals too (a headline or a speaker label). */
export function inAllCaps(block: ScannedBlock, index: number): boolean {
  let upper = 0;
  let seen = 0;
  const neighbours: number[] = [];
  for (let k = index - 1; k >= index - CAPS_WINDOW && k >= 0 && !lineBreakBefore(block, k + 1); k--) neighbours.push(k);
  for (let k = index + 1; k <= index + CAPS_WINDOW && k < block.tokenCount && !lineBreakBefore(block, k); k++) neighbours.push(k);
  for (const k of neighbours) {
    const t = tokenOf(block, k);
    if (!t || t.casing === 'other') continue;
    seen++;
    if (t.casing === 'upper' || (t.casing === 'title' && t.raw.length === 1)) upper++;
  }
  return seen > 0 && upper * 2 > seen;
}

function followerRule(block: ScannedBlock, c: Candidate): boolean {
  const last = tokenOf(block, c.last);
  const next = tokenOf(block, c.last + 1);
  if (!last || !next || !SPACE_OR_HYPHEN.test(block.text.slice(last.end, next.start))) return false;
  const after = tokenOf(block, c.last + 2);
  if (after && NON_ENTITY_FOLLOWER_PAIRS.has(`${next.folded} ${after.folded}`) && SPACE_ONLY.test(gapBefore(block, c.last + 2))) return true;
  return isCapitalized(next) ? NON_ENTITY_FOLLOWERS.has(next.folded) : NON_ENTITY_LOWER_FOLLOWERS.has(next.folded);
}

const COMMA_GAP = /^,[ \t\u00a0]+$/;

/** "Jackson, Mississippi": a person's name alone, then a comma and a state, is the town. */
function townRule(block: ScannedBlock, c: Candidate): boolean {
  const next = tokenOf(block, c.last + 1);
  return c.first === c.last && !!next && next.casing === 'title' && US_STATES.has(next.folded) && COMMA_GAP.test(gapBefore(block, c.last + 1));
}

function firstNameRule(block: ScannedBlock, c: Candidate, target: Target): LocalVerdict {
  const prev = tokenOf(block, c.first - 1);
  if (!prev || !isCapitalized(prev)) return { verdict: 'ok' };
  const gap = gapBefore(block, c.first);
  const initial = INITIAL_GAP.test(gap) && prev.raw.length === 1;
  if (!SPACE_ONLY.test(gap) && !initial) return { verdict: 'ok' };
  if (target.ownTokens.includes(prev.folded) || TITLE_WORDS.has(prev.folded) || NOT_FIRST_NAMES.has(prev.folded)) return { verdict: 'ok' };
  if (initial) return { verdict: 'reject', rule: 'first-name' };
  const capsText = inAllCaps(block, c.first);
  if (prev.casing === 'upper' && !capsText) return { verdict: 'ok' };
  if (capsText || startsSentence(block, c.first - 1)) return { verdict: 'unsure', word: prev };
  return { verdict: 'reject', rule: 'first-name' };
}

const POSSESSIVE_GAP = /^['’]$/;

function orgPrefixRule(block: ScannedBlock, c: Candidate): boolean {
  let at = c.first - 1;
  if (!SPACE_ONLY.test(gapBefore(block, c.first))) return false;
  // "India’s Supreme Court": look past the possessive to the owner.
  if (tokenOf(block, at)?.folded === 's' && POSSESSIVE_GAP.test(gapBefore(block, at))) at--;
  const prev = tokenOf(block, at);
  if (prev?.casing === 'lower' && OTHER_COURT_LOWER_PREFIXES.has(prev.folded)) return true;
  if (!prev || prev.casing !== 'title') return false;
  return !ORG_PREFIXES_ALLOWED.has(prev.folded) && !NOT_FIRST_NAMES.has(prev.folded);
}

/** "Intercontinental Exchange (ICE)": an abbreviation defined on the page as something else. */
export function redefinesAbbreviation(block: ScannedBlock, c: Candidate, target: Target): boolean {
  const before = gapBefore(block, c.first);
  const tok = tokenOf(block, c.last);
  const after = tok ? block.text.slice(tok.end, tok.end + 1) : '';
  const prev = tokenOf(block, c.first - 1);
  if (!before.trimEnd().endsWith('(') || after !== ')' || !prev || !isCapitalized(prev)) return false;
  return !target.ownTokens.includes(prev.folded);
}

const HYPHEN = /^[-‐‑]$/;

/** "Sen. Chris Van Hollen (D-Md.)": a party letter and a state, hyphenated; a court's "D. Md." never is. */
function partyStateRule(block: ScannedBlock, c: Candidate, alias: CompiledAlias): boolean {
  return c.last > c.first && alias.raw[0]?.length === 1 && HYPHEN.test(gapBefore(block, c.first + 1));
}

/** Applies the local rules for one alias of a candidate. */
export function localVerdict(block: ScannedBlock, c: Candidate, alias: CompiledAlias, target: Target): LocalVerdict {
  if (followerRule(block, c)) return { verdict: 'reject', rule: 'follower' };
  if (alias.kind === 'abbreviation') {
    if (partyStateRule(block, c, alias)) return { verdict: 'reject', rule: 'party-state' };
    return redefinesAbbreviation(block, c, target) ? { verdict: 'reject', rule: 'redefined' } : { verdict: 'ok' };
  }
  if (target.type === 'person' && townRule(block, c)) return { verdict: 'reject', rule: 'town' };
  if (target.type === 'person' && alias.titleLength === 0 && (alias.kind === 'surname' || alias.kind === 'contextual' || c.first === c.last)) {
    return firstNameRule(block, c, target);
  }
  if ((target.type === 'organization' || target.type === 'court') && orgPrefixRule(block, c)) {
    return { verdict: 'reject', rule: 'org-prefix' };
  }
  return { verdict: 'ok' };
}
