/**
 * When a running cell's output grows inside its scroll box, whether the box follows the new
 * lines, as a terminal (and JupyterLab) does: a box at its bottom stays at its bottom; a box the
 * reader has scrolled up stays where it is, until they scroll back down to the bottom.
 * Apart from the DOM, so each rule reads as a test.
 *
 * Only moving up unpins the box. A smooth scroll down aims at the bottom as it was when the
 * gesture began, and lines arriving meanwhile move the bottom on; judged by where such a scroll
 * ends, a box streaming fast could never be caught up with. So a wheel turn that reaches the
 * bottom pins the box at once, and a scroll that moves down leaves it as it was.
 */

/** The parts of a scroll box that decide. */
export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * Pixels from the bottom that still count as at the bottom: scroll positions are fractional on
 * zoomed or high-DPI screens, and a box exactly at its end can read a pixel short.
 */
export const AT_BOTTOM_TOLERANCE_PX = 4;

/** Whether the box shows its last line (a box with nothing to scroll always does). */
export function isAtBottom(box: ScrollMetrics, tolerance = AT_BOTTOM_TOLERANCE_PX): boolean {
  return box.scrollHeight - box.clientHeight - box.scrollTop <= tolerance;
}

/** Whether the box stays pinned after it scrolled from `previousTop` to where it is now. */
export function pinnedAfterScroll(box: ScrollMetrics, previous: { pinned: boolean; top: number }): boolean {
  if (isAtBottom(box)) return true;
  if (box.scrollTop < previous.top) return false;
  return previous.pinned;
}

/**
 * Whether the box is pinned once the wheel turns by `deltaY` pixels over it, before the scroll
 * (smooth, so later) has moved it: up, it is unpinned at once, if it can scroll up (over a box
 * with nothing above, the wheel scrolls the page); down far enough to reach the bottom, pinned.
 */
export function pinnedAfterWheel(deltaY: number, box: ScrollMetrics, pinned: boolean): boolean {
  if (deltaY < 0) return box.scrollTop > 0 ? false : pinned;
  if (deltaY > 0 && box.scrollTop + deltaY >= box.scrollHeight - box.clientHeight - AT_BOTTOM_TOLERANCE_PX) return true;
  return pinned;
}

/** Lines and pages of a wheel event (WheelEvent.deltaMode 1 and 2) in pixels, as the box would scroll. */
export function wheelPixels(deltaY: number, deltaMode: number, box: Pick<ScrollMetrics, 'clientHeight'>, linePx = 16): number {
  if (deltaMode === 1) return deltaY * linePx;
  if (deltaMode === 2) return deltaY * box.clientHeight;
  return deltaY;
}

/**
 * Where to scroll the box once new output has been laid out: to its bottom while it is pinned
 * and the cell is running (output arriving), else nowhere (null). A saved output opened later,
 * or a "Show more" click, moves nothing.
 */
export function scrollTopForNewOutput(box: ScrollMetrics, state: { pinned: boolean; live: boolean }): number | null {
  if (!state.live || !state.pinned) return null;
  const bottom = Math.max(0, box.scrollHeight - box.clientHeight);
  return box.scrollTop === bottom ? null : bottom;
}
