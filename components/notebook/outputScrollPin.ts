/**
 * When a running cell's output grows inside its scroll box, whether the box follows the new
 * lines, as a terminal (and JupyterLab) does: a box at its bottom stays at its bottom; a box the
 * reader has scrolled up stays where it is, until they scroll back down to the bottom.
 * Apart from the DOM, so each rule reads as a test.
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

/** Whether new output keeps the box at its bottom: what a scroll leaves it at decides. */
export function pinnedAfterScroll(box: ScrollMetrics): boolean {
  return isAtBottom(box);
}

/**
 * Whether a wheel turn unpins the box at once: upwards in a box that can scroll up, the reader is
 * leaving the bottom, even before a smooth scroll has moved it far enough for pinnedAfterScroll
 * to tell. (Over a box with nothing above, the wheel scrolls the page, not the box.)
 */
export function unpinnedByWheel(deltaY: number, box: Pick<ScrollMetrics, 'scrollTop'>): boolean {
  return deltaY < 0 && box.scrollTop > 0;
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
