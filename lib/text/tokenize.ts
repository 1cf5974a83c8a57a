/**
 * Word tokens with their offsets, for the matcher. A token is a run of letters, digits and combining
 * marks, or a dotted abbreviation ("U.S.", "J.D."); everything else (spaces, hyphens, apostrophes,
 * punctuation) separates tokens, so a match can never split a word ("Xinisville", "ICEland").
 */
import { foldToken } from './normalize';

export type Casing = 'upper' | 'title' | 'lower' | 'other';

export interface Token {
  /** Offsets into the text: `text.slice(start, end)` is the token. */
  start: number;
  end: number;
  raw: string;
  /** foldToken(raw): accents stripped, periods dropped, lower-cased. */
  folded: string;
  casing: Casing;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** casingOf for plain ASCII letters and digits, without regular expressions (the common case). */
function asciiCasing(raw: string): Casing {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const first = raw.charCodeAt(0);
  if (first >= 65 && first <= 90) return lower > 0 ? 'title' : upper > 1 ? 'upper' : 'title';
  if (first >= 97 && first <= 122) return 'lower';
  return 'other';
}

/** How a token is capitalized: all capitals, a capital first letter, all lower case, or neither (digits). */
export function casingOf(raw: string): Casing {
  if (ASCII_WORD.test(raw)) return asciiCasing(raw);
  const first = raw.charAt(0);
  const hasLower = LOWER.test(raw);
  if (UPPER.test(first)) return hasLower ? 'title' : raw.replace(/[^\p{L}]/gu, '').length > 1 ? 'upper' : 'title';
  if (hasLower && LOWER.test(first)) return 'lower';
  return 'other';
}

/** The token `text.slice(start, end)`, folded and with its casing (offsets from a tokenizer). */
export function tokenAt(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  const ascii = ASCII_WORD.test(raw);
  const folded = ascii ? raw.toLowerCase() : foldToken(raw);
  return { start, end, raw, folded, casing: ascii ? asciiCasing(raw) : casingOf(raw) };
}

/** The folded form of `text.slice(start, end)` alone (see tokenAt). */
export function foldedAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return ASCII_WORD.test(raw) ? raw.toLowerCase() : foldToken(raw);
}

/** Splits text into word tokens; linear in the text's length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(tokenAt(text, m.index, m.index + m[0].length));
  return out;
}

/** True when the letters of the text are mostly capitals (an all-caps headline or speaker label). */
export function isMostlyUpper(text: string, minLetters = 6, ratio = 0.8): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (UPPER.test(ch)) {
      upper++;
      letters++;
    } else if (LOWER.test(ch)) letters++;
  }
  return letters >= minLetters && upper / letters >= ratio;
}
