/**
 * Which groups of a very long page are near the viewport (scan-pass NearWatch): the first element of
 * each group is a sentinel, and after each scroll (once per frame, in a task after it, when layout is
 * already done) a binary search over the sentinels' positions finds the groups within one viewport
 * above and below. About ten position reads per check, however long the page. (An IntersectionObserver
 * on every paragraph made each scrolled frame cost ~50 ms on a 1,000,000-word page; on one sentinel
 * per group it misses a group jumped into, since a sentinel that goes from below to above the viewport
 * in one scroll never intersects it.)
 */
import type { NearWatch } from './scan-pass';
import { afterNextFrame } from './work-clock';

/** How far past the viewport, above and below, a group counts as near (in viewport heights). */
const NEAR_VIEWPORTS = 1;

/**
 * The groups to write, given `count` group starts in page order and `top(i)`, where start i is
 * relative to the viewport's top: from the last group that starts above the near zone (the zone
 * opens inside it) to the last one that starts inside it, both included; null when every group
 * starts below the zone. Assumes the starts go down the page in order (normal flow).
 */
export function nearRange(count: number, top: (i: number) => number, viewHeight: number): [number, number] | null {
  if (count === 0) return null;
  const zoneTop = -NEAR_VIEWPORTS * viewHeight;
  const zoneBottom = viewHeight * (1 + NEAR_VIEWPORTS);
  /** The number of starts with top < y. */
  const before = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (top(mid) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = Math.max(0, before(zoneTop) - 1);
  const to = before(zoneBottom) - 1;
  return to < 0 ? null : [from, to];
}

/** A NearWatch over the viewport of `win`: checks now, then after each scroll or resize (once per frame). */
export function viewportWatch(win: Window): NearWatch {
  return (starts, near, signal) => {
    if (signal.aborted || starts.length === 0) return;
    let scheduled = false;
    const check = () => {
      scheduled = false;
      if (signal.aborted) return;
      const range = nearRange(starts.length, (i) => starts[i]?.getBoundingClientRect().top ?? 0, win.innerHeight);
      if (range) for (let i = range[0]; i <= range[1]; i++) near(i);
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      void afterNextFrame().then(check);
    };
    // Scroll events don't bubble; captured at the document they come from any scrolling box.
    win.document.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    win.addEventListener('resize', schedule, { passive: true, signal });
    schedule();
  };
}
