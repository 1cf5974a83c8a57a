/** The popup's "show me": scrolls to the first mark of an entity and flashes it (no DOM change). */
import { ENTITY_ATTR, MARK_TAG } from './marks';

const FLASH_MS = 1200;

export function revealEntity(doc: Document, entityId: string): boolean {
  const mark = doc.querySelector<HTMLElement>(`${MARK_TAG}[${ENTITY_ATTR}="${CSS.escape(entityId)}"]`);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  mark.animate([{ backgroundColor: 'rgb(255 213 0 / 0.6)' }, { backgroundColor: 'transparent' }], { duration: FLASH_MS });
  return true;
}
