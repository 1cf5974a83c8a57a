/**
 * Which elements the scanner leaves alone (code, forms, navigation, chrome, hidden and editable parts,
 * and our own UI) and which start a block of text of their own.
 */
import { isElement, type ScanElement, type ScanNode } from './dom-types';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'textarea', 'input', 'select', 'option',
  'button', 'nav', 'aside', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'meta', 'link', 'kbd', 'samp',
]);
/** Page chrome: skipped unless inside an article (where a header holds the headline). */
const CHROME_TAGS = new Set(['header', 'footer']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);
const OWN_UI_PREFIX = 'caselens-';

export const BLOCK_TAGS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'caption',
  'div', 'section', 'article', 'main', 'body', 'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'figure', 'address', 'details', 'summary', 'form', 'fieldset', 'legend', 'center', 'header', 'footer', 'hr', 'br',
]);

export const tagOf = (el: ScanElement): string => el.tagName.toLowerCase();

function insideArticle(el: ScanElement): boolean {
  for (let n: ScanNode | null = el.parentNode; n; n = n.parentNode) {
    if (isElement(n) && tagOf(n) === 'article') return true;
  }
  return false;
}

function editable(el: ScanElement): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** True when the element and everything inside it is not article text (`tag`: its tagOf, when known). */
export function isSkipped(el: ScanElement, tag = tagOf(el)): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  if (el.hasAttribute('data-caselens') || el.hasAttribute('hidden') || editable(el)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (SKIPPED_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) return true;
  return CHROME_TAGS.has(tag) && !insideArticle(el);
}
