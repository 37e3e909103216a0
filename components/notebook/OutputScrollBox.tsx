'use client';
/**
 * One output of a code cell, in a box of at most `maxHeight` pixels that scrolls when the output
 * is taller (Shift+O, or `metadata.scrolled: false`, shows it at full height instead: no
 * `maxHeight`). A running cell's stream in the box is followed to its bottom (usePinnedScroll).
 */
import type { ReactNode } from 'react';
import { usePinnedScroll } from './usePinnedScroll';
import own from './CellOutputs.module.css';

export interface OutputScrollBoxProps {
  /** Undefined: no box, the output shows at full height. */
  maxHeight: number | undefined;
  /** The output shown; a new one (more text) is what the box follows. */
  content: unknown;
  /** Whether to follow new output to the bottom: a stream of a cell that is running. */
  follow: boolean;
  children: ReactNode;
}

export function OutputScrollBox({ maxHeight, content, follow, children }: OutputScrollBoxProps) {
  const boxed = maxHeight !== undefined;
  const ref = usePinnedScroll<HTMLDivElement>(content, follow && boxed);
  return (
    <div ref={ref} className={boxed ? own.scrolls : undefined} style={boxed ? { maxHeight } : undefined} data-scrolled={boxed}>
      {children}
    </div>
  );
}
