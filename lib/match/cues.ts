/**
 * Conflict cues: phrases that, anywhere on a page, mean an abbreviation stands for something else
 * (ABBREVIATION_CONFLICT_CUES). One case-insensitive whole-word pattern defines a match; it is tried only
 * where a cue can start (a word that hashes like a cue's first word), never run over a whole block.
 */
import * as tokenScan from '../text/token-scan';
import { NON_ASCII, type TokenScan } from '../text/token-scan';
import { CUE_WORD } from './token-filter';
import { ABBREVIATION_CONFLICT_CUES } from './word-lists';

// Local bindings for the hot loop (see token-scan.ts).
const { HASH_START, hashStep, slotOf } = tokenScan;

/** Each cue's owners: the aliases it puts in doubt ("india" for both "Supreme Court" and "supreme court"). */
const cueOwner = new Map<string, string[]>();
for (const [alias, cues] of Object.entries(ABBREVIATION_CONFLICT_CUES)) for (const cue of cues) cueOwner.set(cue, [...(cueOwner.get(cue) ?? []), alias]);
const escapeCue = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_SOURCE = `(?<![\\p{L}\\p{N}])(?:${[...cueOwner.keys()].sort((a, b) => b.length - a.length).map(escapeCue).join('|')})(?![\\p{L}\\p{N}])`;
/** Every cue phrase as a whole word, tried at one position (sticky). */
const CUE_AT = new RegExp(CUE_SOURCE, 'iuy');

/** First words of the cues ("south" of "south korea", "intercity" of "intercity-express"). */
export const CUE_FIRST_WORDS: readonly string[] = [...new Set([...cueOwner.keys()].map((c) => c.split(/[ -]/)[0] ?? c))];

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const TO_LOWER = 32;
/** Letters that match an ASCII letter case-insensitively under `/iu` (long s, Kelvin sign). */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** An ASCII-insensitive letter's lower-case ASCII code, or 0. */
function cueLetter(c: number): number {
  if (c >= LOWER_A && c <= LOWER_Z) return c;
  if (c >= UPPER_A && c <= UPPER_Z) return c + TO_LOWER;
  if (c === LONG_S) return LOWER_A + 18;
  if (c === KELVIN) return LOWER_A + 10;
  return 0;
}

/**
 * Where a cue may start inside a token with non-ASCII characters: at the start of a run of
 * (case-insensitively) ASCII letters that hashes like a cue's first word. A match's first word is such a
 * whole run, since what follows it (a space, a hyphen, the end of the match) is none of those letters;
 * the run may start inside the token, after a mark ("x\u0301india").
 */
function cueStartsIn(text: string, from: number, to: number, filter: Uint8Array, into: Set<string>, after: number): number {
  let next = after;
  let i = from;
  while (i < to) {
    if (cueLetter(text.charCodeAt(i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START;
    for (; i < to; i++) {
      const l = cueLetter(text.charCodeAt(i));
      if (l === 0) break;
      h = hashStep(h, l);
    }
    if (start >= next && ((filter[slotOf(h)] ?? 0) & CUE_WORD) !== 0) next = cueAt(text, start, into);
  }
  return next;
}

/** Adds the owner of a cue match at `at`, if any; returns where the match ends (or `at`). */
function cueAt(text: string, at: number, into: Set<string>): number {
  CUE_AT.lastIndex = at;
  const m = CUE_AT.exec(text);
  if (!m) return at;
  for (const owner of cueOwner.get(m[0].toLowerCase()) ?? []) into.add(owner);
  return at + m[0].length;
}

/**
 * Adds the aliases (as written) whose conflict cues occur in the text: the owners of every match of the
 * whole-word pattern, left to right. A cue starts at an ASCII token that is its first word (a whole run of
 * letters, longer than one letter, so never inside "U.S."), or somewhere in a token with other characters.
 */
export function addCueAliases(text: string, scan: TokenScan, filter: Uint8Array, into: Set<string>): void {
  let from = 0;
  for (let h = 0; h < scan.hitCount; h++) {
    const flags = scan.hitFlags[h] ?? 0;
    const k = scan.hits[h] ?? 0;
    const at = scan.start[k] ?? 0;
    if ((flags & NON_ASCII) !== 0) from = cueStartsIn(text, at, scan.end[k] ?? 0, filter, into, from);
    else if ((flags & CUE_WORD) !== 0 && at >= from) from = cueAt(text, at, into);
  }
}
