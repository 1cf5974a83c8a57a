/**
 * Where the hover card goes: a pure function of measured rectangles (viewport coordinates).
 * Below the name when it fits, else above, else whichever side has more room; clamped left and right.
 */

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The room on that side: the card scrolls inside it when it is taller. */
  maxHeight: number;
}

/** Space between the name and the card, so the underline stays visible. */
export const CARD_GAP_PX = 6;
/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;

export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const below = anchor.top + anchor.height + CARD_GAP_PX;
  const roomBelow = Math.max(0, viewport.height - VIEWPORT_MARGIN_PX - below);
  const roomAbove = Math.max(0, anchor.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = side === 'below' ? roomBelow : roomAbove;
  const height = Math.min(card.height, maxHeight);
  const maxLeft = viewport.width - VIEWPORT_MARGIN_PX - card.width;
  const left = Math.max(VIEWPORT_MARGIN_PX, Math.min(anchor.left, maxLeft));
  return { top: side === 'below' ? below : anchor.top - CARD_GAP_PX - height, left, side, maxHeight };
}

/** Whether any part of the name is still inside the viewport (else the card closes on scroll). */
export function isInViewport(anchor: Rect, viewport: Size): boolean {
  return anchor.top + anchor.height > 0 && anchor.top < viewport.height && anchor.left + anchor.width > 0 && anchor.left < viewport.width;
}
