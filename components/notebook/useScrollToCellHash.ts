'use client';
/**
 * Opens a notebook at the cell a link points to (/notebooks/<id>#cell-<cellId>, e.g. from a
 * job's "Open notebook cell"): once the cells are rendered, scrolls that cell into view and
 * focuses it (which also selects it). Follows later hash changes too.
 */
import { useEffect, useRef } from 'react';
import { cellIdFromHash } from '../../lib/jobs/cellLink';
import { CELLS_BEING_ADDED } from './NotebookCells';

/**
 * The cell may render a while after `ready`: a long notebook's cells are added a chunk per task
 * (useProgressiveCount), so one near the end of thousands appears last. Look for it while cells
 * are still being added, and for this long after.
 */
const FIND_MS = 3_000;
/** Editors above the cell grow as Monaco loads; scroll again at these delays unless the user scrolled. */
const SETTLE_DELAYS_MS = [300, 1000];

export function useScrollToCellHash(ready: boolean, onCell?: (cellId: string) => void): void {
  const onCellRef = useRef(onCell);
  useEffect(() => {
    onCellRef.current = onCell;
  });

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    let userScrolled = false;
    const markUserScroll = () => {
      userScrolled = true;
    };
    const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const type of userEvents) window.addEventListener(type, markUserScroll, { passive: true });

    const reveal = () => {
      const cellId = cellIdFromHash(window.location.hash);
      if (!cellId) return;
      userScrolled = false;
      const selector = `[data-cell-id="${CSS.escape(cellId)}"]`;
      let deadline = performance.now() + FIND_MS;
      const find = () => {
        if (cancelled) return;
        const el = document.querySelector<HTMLElement>(selector);
        if (!el) {
          if (document.querySelector(CELLS_BEING_ADDED)) deadline = performance.now() + FIND_MS;
          // Unless the user has moved on meanwhile: then the page stays where they took it.
          if (!userScrolled && performance.now() < deadline) requestAnimationFrame(find);
          return;
        }
        // Centre it: the sticky header and toolbar would cover a cell scrolled to the top.
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        onCellRef.current?.(cellId);
        for (const delay of SETTLE_DELAYS_MS) {
          timers.push(
            setTimeout(() => {
              if (!cancelled && !userScrolled && el.isConnected) el.scrollIntoView({ block: 'center' });
            }, delay),
          );
        }
      };
      requestAnimationFrame(find);
    };

    reveal();
    window.addEventListener('hashchange', reveal);
    return () => {
      cancelled = true;
      timers.forEach(clearTimeout);
      window.removeEventListener('hashchange', reveal);
      for (const type of userEvents) window.removeEventListener(type, markUserScroll);
    };
  }, [ready]);
}
