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

export const tagOf = (el: ScanElement): string => el.localName;

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

/** The rules that need only the tag (lower case): no DOM read. */
export const isSkippedTag = (tag: string): boolean => SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_UI_PREFIX);

/** The rules that read the element's attributes or ancestors. */
export function isSkippedByAttributes(el: ScanElement, tag = tagOf(el)): boolean {
  if (el.hasAttribute('data-caselens') || el.hasAttribute('hidden') || editable(el)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (SKIPPED_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) return true;
  return CHROME_TAGS.has(tag) && !insideArticle(el);
}

/**
 * `isSkippedByAttributes` as one CSS selector, so a browser can find every such element under a root in
 * one native query instead of five attribute reads per element (tests check both agree).
 */
export const SKIPPED_BY_ATTRIBUTES_SELECTOR = [
  '[data-caselens]',
  '[hidden]',
  '[contenteditable]:not([contenteditable="false" i])',
  '[aria-hidden="true"]',
  ...[...SKIPPED_ROLES].map((r) => `[role="${r}" i]`),
  ...[...CHROME_TAGS].map((t) => `${t}:not(article ${t})`),
].join(', ');

/** True when the element and everything inside it is not article text (`tag`: its tagOf, when known). */
export function isSkipped(el: ScanElement, tag = tagOf(el)): boolean {
  return isSkippedTag(tag) || isSkippedByAttributes(el, tag);
}
