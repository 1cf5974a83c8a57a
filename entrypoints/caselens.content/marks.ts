/**
 * What a mark is: one custom element per mention, named so that page CSS aimed at `mark`, `span`
 * or `a` can't restyle it, styled by one adopted style sheet (an underline in the page's own colour).
 */

export const MARK_TAG = 'caselens-mark';
export const ENTITY_ATTR = 'data-caselens-entity';
export const MARK_SELECTOR = `${MARK_TAG}[${ENTITY_ATTR}]`;
/** Set on a mark for a moment when the popup reveals it (the style sheet highlights it, then fades). */
export const FLASH_ATTR = 'data-caselens-flash';
export const CARD_HOST_TAG = 'caselens-hovercard';

/**
 * `!important` with an attribute in the selector beats page rules like `* {...}` or `p span {...}`;
 * `all: unset` drops anything inherited from a generic rule, then we put back only an inline underline.
 * (An animation can't show through `!important`, so the reveal's highlight is a rule of its own.)
 */
const MARK_CSS = `
${MARK_SELECTOR} {
  all: unset !important;
  display: inline !important;
  color: inherit !important;
  font: inherit !important;
  text-decoration: underline dotted currentColor 1px !important;
  text-underline-offset: 2px !important;
  cursor: help !important;
  transition: background-color 0.8s ease-out !important;
}
${MARK_SELECTOR}[${FLASH_ATTR}] { background-color: rgb(255 213 0 / 0.6) !important; transition: none !important; }
@media (prefers-reduced-motion: reduce) { ${MARK_SELECTOR} { transition: none !important; } }
${MARK_SELECTOR}:focus-visible { outline: 2px solid currentColor !important; outline-offset: 1px !important; }
${CARD_HOST_TAG} { all: initial !important; display: block !important; position: static !important; }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the marks' style sheet to the document once (no element in the page, so no text change). */
export function installMarkStyles(doc: Document): () => void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(MARK_CSS);
  const own = sheet;
  if (!doc.adoptedStyleSheets.includes(own)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
  };
}

/**
 * Every mark this content script made, to the entity it marks. Only these count: a page can write a
 * `caselens-mark` element with any attribute (or rewrite the attribute of one of ours), so neither the
 * tag nor the attribute is ever trusted; the attribute is only for styling.
 */
const ours = new WeakMap<Element, string>();

/** A new mark for a mention of `entityId` called `name`, focusable and announced as a button. */
export function createMark(doc: Document, entityId: string, name: string): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(ENTITY_ATTR, entityId);
  ours.set(mark, entityId);
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', `${name}: show CaseLens card`);
  return mark;
}

/**
 * The rest of a mention split over several text nodes ("Paula <b>Xinis</b>"): underlined and
 * hoverable like the first part, but not a second Tab stop or a second button for screen readers.
 */
export function createMarkContinuation(doc: Document, entityId: string): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(ENTITY_ATTR, entityId);
  ours.set(mark, entityId);
  return mark;
}

/** A split mention's later parts, each to its first part (the one the card anchors to). */
const firstParts = new WeakMap<Element, HTMLElement>();

/** Ties a split mention's parts together, so that moving between them keeps one card. */
export function linkParts(first: HTMLElement, rest: readonly HTMLElement[]): void {
  for (const m of rest) firstParts.set(m, first);
}

/** The entity one of our marks stands for; null for any other element (a page's forged mark included). */
export function entityOf(mark: Element): string | null {
  return ours.get(mark) ?? null;
}

/** The mark of ours an event target is in, if any (for a split mention: its first part). */
export function markOf(target: EventTarget | null): HTMLElement | null {
  let el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  // The nearest of our marks, past any forged one around or inside it.
  while (el && !ours.has(el)) el = el.parentElement?.closest(MARK_TAG) ?? null;
  const mark = el as HTMLElement | null;
  return (mark && firstParts.get(mark)) ?? mark;
}
