/**
 * The matcher's token filter: one byte per hash slot saying which folded tokens deserve a look, so the
 * scan builds a string only for a possible first token of an alias or first word of a conflict cue.
 */
import { FILTER_SIZE, filterSlot } from '../text/token-scan';

/** The token may start an alias (a key of the trie's root). */
export const FIRST_TOKEN = 1;
/** The token may start a conflict cue phrase ("south" of "south korea"). */
export const CUE_WORD = 2;

const ASCII_FOLDED = /^[a-z0-9]+$/;

/**
 * Non-ASCII folded words are left out: an ASCII token never folds to them, and a non-ASCII token is
 * always looked at.
 */
export function buildTokenFilter(firstTokens: Iterable<string>, cueWords: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(FILTER_SIZE);
  const mark = (words: Iterable<string>, flag: number) => {
    for (const w of words) if (ASCII_FOLDED.test(w)) filter[filterSlot(w)] = (filter[filterSlot(w)] ?? 0) | flag;
  };
  mark(firstTokens, FIRST_TOKEN);
  mark(cueWords, CUE_WORD);
  return filter;
}
