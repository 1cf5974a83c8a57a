import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, isInViewport, placeCard, VIEWPORT_MARGIN_PX } from '../../../lib/hover/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 240 };
const name = (top: number, left: number) => ({ top, left, width: 80, height: 20 });

describe('placeCard', () => {
  it.each([
    ['below a name with room under it', name(100, 200), { side: 'below', top: 120 + CARD_GAP_PX, left: 200 }],
    ['above a name near the bottom', name(700, 200), { side: 'above', top: 700 - CARD_GAP_PX - 240, left: 200 }],
    ['clamped from the right edge', name(100, 900), { side: 'below', left: 1000 - VIEWPORT_MARGIN_PX - 360 }],
    ['clamped from the left edge', name(100, -50), { side: 'below', left: VIEWPORT_MARGIN_PX }],
  ] as const)('%s', (_label, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toMatchObject(expected);
  });

  it('flips above when the card is too tall for the room below but fits above', () => {
    const p = placeCard(name(483, 200), { width: 360, height: 432 }, { width: 1280, height: 720 });
    expect(p).toMatchObject({ side: 'above', top: 483 - CARD_GAP_PX - 432 });
    expect(p.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
  });

  it('takes the roomier side and caps its height when it fits nowhere', () => {
    const p = placeCard(name(150, 10), { width: 360, height: 500 }, { width: 800, height: 400 });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(400 - VIEWPORT_MARGIN_PX - (170 + CARD_GAP_PX));
    const q = placeCard(name(300, 10), { width: 360, height: 500 }, { width: 800, height: 400 });
    expect(q).toMatchObject({ side: 'above', top: VIEWPORT_MARGIN_PX, maxHeight: 300 - CARD_GAP_PX - VIEWPORT_MARGIN_PX });
  });

  it('never goes above the top edge in a tiny viewport', () => {
    const p = placeCard(name(120, 10), card, { width: 400, height: 300 });
    expect(p.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
  });

  it('knows when the name scrolled away', () => {
    expect(isInViewport(name(-40, 10), viewport)).toBe(false);
    expect(isInViewport(name(10, 10), viewport)).toBe(true);
  });
});
