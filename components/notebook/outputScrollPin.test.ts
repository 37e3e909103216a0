import { describe, expect, it } from 'vitest';
import { isAtBottom, pinnedAfterScroll, pinnedAfterWheel, scrollTopForNewOutput, wheelPixels } from './outputScrollPin';

/** A 640-pixel box over `height` pixels of output, scrolled to `top`. */
const box = (top: number, height: number) => ({ scrollTop: top, scrollHeight: height, clientHeight: 640 });

describe('a scroll box at its bottom', () => {
  it('is at its bottom when its last line shows, give or take a fraction of a pixel', () => {
    expect(isAtBottom(box(1360, 2000))).toBe(true);
    expect(isAtBottom(box(1357.5, 2000))).toBe(true);
    expect(isAtBottom(box(1300, 2000))).toBe(false);
  });

  it('is always at its bottom while the output fits (nothing to scroll yet)', () => {
    expect(isAtBottom(box(0, 300))).toBe(true);
  });
});

describe('following a running cell’s output', () => {
  it('follows new lines to the bottom while the reader is at the bottom', () => {
    // The box was at its bottom (1360 of 2000); 160 pixels of new lines arrived.
    expect(scrollTopForNewOutput(box(1360, 2160), { pinned: true, live: true })).toBe(1520);
  });

  it('follows from the first line that overflows the box', () => {
    expect(pinnedAfterScroll(box(0, 600), { pinned: true, top: 0 })).toBe(true);
    expect(scrollTopForNewOutput(box(0, 700), { pinned: true, live: true })).toBe(60);
  });

  it('stays put once the reader has scrolled up to read', () => {
    expect(pinnedAfterScroll(box(400, 2000), { pinned: true, top: 1360 })).toBe(false);
    expect(scrollTopForNewOutput(box(400, 2160), { pinned: false, live: true })).toBeNull();
  });

  it('stays put while the reader scrolls down but not yet to the bottom', () => {
    expect(pinnedAfterScroll(box(800, 2160), { pinned: false, top: 400 })).toBe(false);
  });

  it('follows again once the reader scrolls back to the bottom', () => {
    expect(pinnedAfterScroll(box(1520, 2160), { pinned: false, top: 800 })).toBe(true);
  });

  it('is not unpinned by a smooth scroll down that lines arriving keep ahead of', () => {
    // Pinned by the wheel; the scroll's frames land short of a bottom that keeps moving.
    expect(pinnedAfterScroll(box(1200, 2400), { pinned: true, top: 1100 })).toBe(true);
  });
});

describe('the wheel over a scroll box', () => {
  it('unpins at once when turned upwards, before the smooth scroll has moved the box', () => {
    expect(pinnedAfterWheel(-40, box(1360, 2000), true)).toBe(false);
  });

  it('leaves the box pinned when turned upwards over a box with nothing above (the page scrolls, not the box)', () => {
    expect(pinnedAfterWheel(-40, box(0, 300), true)).toBe(true);
  });

  it('pins at once when turned down far enough to reach the bottom, not when short of it', () => {
    expect(pinnedAfterWheel(5000, box(400, 2160), false)).toBe(true);
    expect(pinnedAfterWheel(100, box(400, 2160), false)).toBe(false);
    expect(pinnedAfterWheel(0, box(400, 2160), false)).toBe(false);
  });

  it('counts lines and pages in pixels', () => {
    expect(wheelPixels(3, 1, box(0, 0))).toBe(48);
    expect(wheelPixels(1, 2, box(0, 0))).toBe(640);
    expect(wheelPixels(120, 0, box(0, 0))).toBe(120);
  });
});

describe('when the cell is not running', () => {
  it('moves nothing: a saved output opens at its top', () => {
    expect(scrollTopForNewOutput(box(0, 2000), { pinned: true, live: false })).toBeNull();
  });

  it('moves nothing when the box is already at its bottom', () => {
    expect(scrollTopForNewOutput(box(1360, 2000), { pinned: true, live: true })).toBeNull();
  });
});
