'use client';
/**
 * Renders a long list a chunk at a time: the first FIRST_CHUNK items at once, then more in
 * chunks, each in a task of its own, until the whole list is there. A notebook of thousands of
 * cells then opens without one long task that freezes the page, and its first cells show (and
 * can be typed in) while the rest are still being added below them.
 *
 * Once the whole list has been rendered it stays whole: a cell added later shows at once.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FIRST_CHUNK, nextChunkSize } from './progressiveCount';

export interface ProgressiveCount {
  /** How many items to render now, from the start of the list. */
  count: number;
  /** Whether every item is rendered. */
  complete: boolean;
}

export function useProgressiveCount(total: number): ProgressiveCount {
  const [progress, setProgress] = useState(() => ({ count: Math.min(total, FIRST_CHUNK), chunk: FIRST_CHUNK }));
  const [complete, setComplete] = useState(total <= FIRST_CHUNK);
  /** When the current chunk was asked for (the first one: when the list first rendered), to size the next one from how long it took. */
  const requestedAt = useRef<number | null>(performance.now());
  const lastChunkMs = useRef(0);

  useLayoutEffect(() => {
    if (requestedAt.current === null) return;
    lastChunkMs.current = performance.now() - requestedAt.current;
    requestedAt.current = null;
  }, [progress]);

  useEffect(() => {
    if (complete) return;
    if (progress.count >= total) {
      setComplete(true);
      return;
    }
    const timer = setTimeout(() => {
      const chunk = nextChunkSize(progress.chunk, lastChunkMs.current);
      requestedAt.current = performance.now();
      setProgress({ count: Math.min(total, progress.count + chunk), chunk });
    }, 0);
    return () => clearTimeout(timer);
  }, [progress, total, complete]);

  return complete ? { count: total, complete } : { count: Math.min(progress.count, total), complete };
}
