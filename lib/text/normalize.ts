/**
 * Name normalization shared by the dataset checks and the matcher: two spellings that a reader
 * would call the same name ("Ábrego García", "Abrego-Garcia", "ABREGO GARCIA") get the same key.
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Characters dropped inside a token: periods of initials ("J.D."), apostrophes of all kinds. */
const DROPPED = /[.'’‘ʼ`´]/g;
/** Separators between the tokens of a name: whitespace and every dash. */
const SEPARATORS = /[\s\-‐‑‒–—―]+/u;

/** Folds one token: strips accents, drops periods and apostrophes, lower-cases. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(COMBINING_MARKS, '').replace(DROPPED, '').toLowerCase();
}

/** The tokens of a name after folding, empty tokens removed. */
export function nameTokens(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map(foldToken)
    .filter((t) => t.length > 0);
}

/** The key two equivalent spellings share: folded tokens joined by single spaces. */
export function aliasKey(text: string): string {
  return nameTokens(text).join(' ');
}
