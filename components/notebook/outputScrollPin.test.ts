import { describe, expect, it } from 'vitest';
import { isAtBottom, pinnedAfterScroll, scrollTopForNewOutput, unpinnedByWheel } from './outputScrollPin';

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
    expect(pinnedAfterScroll(box(0, 600))).toBe(true);
    expect(scrollTopForNewOutput(box(0, 700), { pinned: true, live: true })).toBe(60);
  });

  it('stays put once the reader has scrolled up to read', () => {
    expect(pinnedAfterScroll(box(400, 2000))).toBe(false);
    expect(scrollTopForNewOutput(box(400, 2160), { pinned: false, live: true })).toBeNull();
  });

  it('follows again once the reader scrolls back to the bottom', () => {
    expect(pinnedAfterScroll(box(1520, 2160))).toBe(true);
  });

  it('is unpinned at once by a wheel turned upwards, not downwards', () => {
    expect(unpinnedByWheel(-40, box(1360, 2000))).toBe(true);
    expect(unpinnedByWheel(40, box(1360, 2000))).toBe(false);
    expect(unpinnedByWheel(0, box(1360, 2000))).toBe(false);
  });

  it('stays pinned when the wheel turns over a box with nothing above (the page scrolls, not the box)', () => {
    expect(unpinnedByWheel(-40, box(0, 300))).toBe(false);
  });

  it('moves nothing when the cell is not running: a saved output opens at its top', () => {
    expect(scrollTopForNewOutput(box(0, 2000), { pinned: true, live: false })).toBeNull();
  });

  it('moves nothing when the box is already at its bottom', () => {
    expect(scrollTopForNewOutput(box(1360, 2000), { pinned: true, live: true })).toBeNull();
  });
});
