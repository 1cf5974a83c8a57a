/** Which groups of a very long page count as near the viewport (a binary search over their starts). */
import { describe, expect, it } from 'vitest';
import { nearRange } from '../../../entrypoints/caselens.content/near-view';

const VIEW = 800;
/** Group starts every `gap` px down the page, seen with the page scrolled to `scroll`. */
const page = (count: number, gap: number, scroll: number) => (i: number) => i * gap - scroll;

describe('nearRange', () => {
  it('takes the groups starting within one viewport above and below, and the one the zone opens in', () => {
    // starts at 0, 500, 1000...; viewport 5000-5800, near zone 4200-6600
    expect(nearRange(100, page(100, 500, 5000), VIEW)).toEqual([8, 13]);
  });

  it('takes the group the reader is inside when it is taller than the zone', () => {
    expect(nearRange(10, page(10, 10_000, 25_000), VIEW)).toEqual([2, 2]);
  });

  it('takes the first group at the top of the page and the last one past the end', () => {
    expect(nearRange(50, page(50, 500, 0), VIEW)).toEqual([0, 3]);
    expect(nearRange(50, page(50, 500, 100_000), VIEW)).toEqual([49, 49]);
  });

  it('takes nothing when every group starts below the zone, or there are none', () => {
    expect(nearRange(5, (i) => 3000 + i * 100, VIEW)).toBeNull();
    expect(nearRange(0, () => 0, VIEW)).toBeNull();
  });

  it('reads only a few positions, however many groups', () => {
    let reads = 0;
    const top = page(100_000, 500, 2_000_000);
    nearRange(100_000, (i) => (reads++, top(i)), VIEW);
    expect(reads).toBeLessThan(40);
  });
});
