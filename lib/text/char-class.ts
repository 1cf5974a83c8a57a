/**
 * The tokenizer's character classes by code point, without a regular expression per character:
 * ASCII from a table built once, any other character tested once and remembered. Same answers as
 * `/[\p{L}\p{N}\p{M}]/u` (a word character) and `/\p{L}/u` (a letter); and what a character folds to.
 */
import { foldToken } from './normalize';

/** `\p{L}`, `\p{N}` or `\p{M}`: part of a word. */
export const WORD = 1;
/** `\p{L}`: may start an initial of a dotted abbreviation ("U.S."). */
export const LETTER = 2;
/** Set once a code point's class is computed (a cache entry of 0 means "not yet"). */
const KNOWN = 4;
const ASCII_END = 0x80;
const BMP_END = 0x10000;

const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const IS_LETTER = /^\p{L}$/u;

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (IS_WORD.test(ch) ? WORD : 0) | (IS_LETTER.test(ch) ? LETTER : 0);
}

/** Classes of ASCII characters (plain array: the hot path). */
const ascii: number[] = [];
for (let c = 0; c < ASCII_END; c++) ascii.push(compute(c));
export const ASCII_CLASS: readonly number[] = ascii;
/** Per ASCII character: its lower-case code if it is a word character (letter, digit), else 0. */
export const ASCII_WORD_LOWER: readonly number[] = ascii.map((k, c) => ((k & WORD) === 0 ? 0 : String.fromCharCode(c).toLowerCase().charCodeAt(0)));
/** Classes of other BMP characters, filled on first sight. */
const bmp = new Uint8Array(BMP_END);
const astral = new Map<number, number>();

/** WORD and LETTER bits of a code point. */
export function classOf(cp: number): number {
  if (cp < ASCII_END) return ascii[cp] ?? 0;
  if (cp < BMP_END) {
    const known = bmp[cp] ?? 0;
    if (known !== 0) return known;
    const k = compute(cp);
    bmp[cp] = k;
    return k;
  }
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = compute(cp)));
  return k;
}

const HIGH_SURROGATE = 0xd800;
const LOW_SURROGATE = 0xdc00;
const SURROGATE_END = 0xe000;

/**
 * The code point at `i < text.length` (a whole surrogate pair when there is one), as `/u` regular
 * expressions read it. Never reads past the end: a NaN from charCodeAt would slow every caller down.
 */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < HIGH_SURROGATE || c >= LOW_SURROGATE || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= LOW_SURROGATE && d < SURROGATE_END ? (c - HIGH_SURROGATE) * 0x400 + (d - LOW_SURROGATE) + BMP_END : c;
}

/** UTF-16 length of a code point. */
export const widthOf = (cp: number): number => (cp >= BMP_END ? 2 : 1);

/** foldedCodeOf: the character folds to nothing ("\u0301", "’") or to something other than one ASCII letter or digit. */
export const FOLDS_TO_NOTHING = 0;
export const FOLDS_TO_OTHER = -1;
const ASCII_ALNUM = /^[a-z0-9]$/;
/** Per BMP character: 0 not yet known, else foldedCodeOf + 2. */
const folds = new Int16Array(BMP_END);

/**
 * What one character contributes to foldToken of a word: the code of one ASCII letter or digit ("á" -> "a"),
 * FOLDS_TO_NOTHING or FOLDS_TO_OTHER. foldToken works character by character (decomposition, dropping marks
 * and periods, lower case), except the context-dependent lower case of "Σ", which folds to other anyway.
 */
export function foldedCodeOf(c: number): number {
  if (c >= BMP_END || (c >= HIGH_SURROGATE && c < SURROGATE_END)) return FOLDS_TO_OTHER;
  const known = folds[c] ?? 0;
  if (known !== 0) return known - 2;
  const f = foldToken(String.fromCharCode(c));
  const code = f === '' ? FOLDS_TO_NOTHING : ASCII_ALNUM.test(f) ? f.charCodeAt(0) : FOLDS_TO_OTHER;
  folds[c] = code + 2;
  return code;
}
