'use client';
/**
 * Keeps a scroll box at its bottom while a running cell's output grows in it, unless the reader
 * has scrolled up (the rules are outputScrollPin.ts). Returns the ref for the box.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { pinnedAfterScroll, pinnedAfterWheel, scrollTopForNewOutput, wheelPixels } from './outputScrollPin';

/**
 * `content` changes when new output arrives (the output object itself); `live` is whether the
 * cell is running, so only output arriving now is followed, not a saved one opened later.
 */
export function usePinnedScroll<T extends HTMLElement>(content: unknown, live: boolean) {
  const ref = useRef<T>(null);
  // A new box starts pinned: a running cell's first lines are followed once they overflow it.
  const pinned = useRef(true);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // A new box is at its top. Reading scrollTop here instead would lay out the whole page in
    // this effect, once per output, while a notebook opens.
    let top = 0;
    const onScroll = () => {
      pinned.current = pinnedAfterScroll(box, { pinned: pinned.current, top });
      top = box.scrollTop;
    };
    const onWheel = (e: WheelEvent) => {
      pinned.current = pinnedAfterWheel(wheelPixels(e.deltaY, e.deltaMode, box), box, pinned.current);
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    box.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      box.removeEventListener('scroll', onScroll);
      box.removeEventListener('wheel', onWheel);
    };
  }, []);

  // Before paint, so the box never shows a frame scrolled short of the new lines.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const top = scrollTopForNewOutput(box, { pinned: pinned.current, live });
    if (top !== null) box.scrollTop = top;
  }, [content, live]);

  return ref;
}
