/**
 * Finds the element that holds a page's article: the candidate (article, [itemprop=articleBody], main,
 * [role=main]) with the most paragraph text, or the body when no candidate holds most of the page's
 * paragraphs (a live blog splits its posts over many articles).
 */
import type { ScanDocument, ScanElement } from './dom-types';

const ROOT_CANDIDATES = 'article, [itemprop="articleBody"], [itemprop=articleBody], main, [role="main"]';
/** A candidate must hold at least this share of the body's paragraph text to stand for the article. */
const MIN_SHARE_OF_BODY = 0.5;
/**
 * Paragraph text is counted up to this many characters (about 30,000 words, more than any article):
 * past it a candidate is long enough, and a 1,000,000-word page is not read whole in one go.
 */
export const TEXT_COUNT_CAP = 200_000;

/** Characters of text in the element's paragraphs (those `include` accepts), counted up to `cap`. */
export function paragraphTextLength(el: ScanElement, include?: (p: ScanElement) => boolean, cap = Infinity): number {
  const ps = el.getElementsByTagName('p');
  let total = 0;
  for (let i = 0; i < ps.length && total < cap; i++) {
    const p = ps[i];
    if (p && (!include || include(p))) total += (p.textContent ?? '').trim().length;
  }
  return total;
}

export function findArticleRoot(doc: ScanDocument): ScanElement | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const candidates = doc.querySelectorAll(ROOT_CANDIDATES);
  let best: ScanElement | null = null;
  let bestLength = 0;
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    if (!el) continue;
    const length = paragraphTextLength(el, undefined, TEXT_COUNT_CAP);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  if (!best) return body;
  // Counted up to the cap, the text outside could not outweigh it.
  if (bestLength >= TEXT_COUNT_CAP) return best;
  // The body's paragraph text is the best candidate's plus what lies outside it: only the paragraphs
  // outside are read again (reading a paragraph's text is the costly part on a long page).
  const chosen = best;
  const outside = paragraphTextLength(body, (p) => !chosen.contains(p), TEXT_COUNT_CAP);
  return bestLength >= MIN_SHARE_OF_BODY * (bestLength + outside) ? best : body;
}
