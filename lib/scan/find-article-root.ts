/**
 * Finds the element that holds a page's article: the candidate (article, [itemprop=articleBody], main,
 * [role=main]) with the most paragraph text, or the body when no candidate holds most of the page's
 * paragraphs (a live blog splits its posts over many articles).
 */
import type { ScanDocument, ScanElement } from './dom-types';

const ROOT_CANDIDATES = 'article, [itemprop="articleBody"], [itemprop=articleBody], main, [role="main"]';
/** A candidate must hold at least this share of the body's paragraph text to stand for the article. */
const MIN_SHARE_OF_BODY = 0.5;

/** Characters of text in the element's paragraphs. */
export function paragraphTextLength(el: ScanElement): number {
  const ps = el.querySelectorAll('p');
  let total = 0;
  for (let i = 0; i < ps.length; i++) total += (ps[i]?.textContent ?? '').trim().length;
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
    const length = paragraphTextLength(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  if (!best) return body;
  return bestLength >= MIN_SHARE_OF_BODY * paragraphTextLength(body) ? best : body;
}
