/** The popup's "show me": scrolls to the first mark of an entity and highlights it for a moment. */
import { entityOf, FLASH_ATTR, MARK_TAG } from './marks';

/** How long the highlight stays before it fades (the fade is the style sheet's transition). */
const FLASH_MS = 1200;
const flashing = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function revealEntity(doc: Document, entityId: string): boolean {
  // The first of our marks for it, by what we made, not by its attribute (a page can forge or rewrite that).
  const mark = [...doc.getElementsByTagName(MARK_TAG)].find((m): m is HTMLElement => entityOf(m) === entityId);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  // An attribute, not text: the page's text stays as it was.
  clearTimeout(flashing.get(mark));
  mark.setAttribute(FLASH_ATTR, '');
  flashing.set(mark, setTimeout(() => mark.removeAttribute(FLASH_ATTR), FLASH_MS));
  return true;
}
