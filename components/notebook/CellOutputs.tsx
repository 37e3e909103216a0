'use client';
import { useMemo } from 'react';
import type { Cell } from '../../lib/notebook/types';
import { OutputBoundary } from '../outputs/OutputBoundary';
import { OutputView } from '../outputs/OutputView';
import { estimatedOutputsHeight } from './outputsHeight';
import styles from './Notebook.module.css';

/**
 * The output area of a code cell (always present, so tests and screen readers can find it).
 * Off screen, the browser skips laying it out (content-visibility: auto) and reserves about its
 * height instead, so a notebook full of long saved outputs opens without laying them all out.
 */
export function CellOutputs({ cell, label }: { cell: Cell; label: string }) {
  const reserved = useMemo(() => estimatedOutputsHeight(cell.outputs), [cell.outputs]);
  return (
    <div
      aria-label={label}
      role="region"
      aria-live="polite"
      className={styles.outputs}
      data-empty={cell.outputs.length === 0}
      style={cell.outputs.length ? { containIntrinsicSize: `auto ${reserved}px` } : undefined}
    >
      {cell.outputs.map((output, i) => (
        <OutputBoundary key={i} output={output}>
          <OutputView output={output} />
        </OutputBoundary>
      ))}
    </div>
  );
}
