'use client';
import { useMemo } from 'react';
import type { Cell } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import { OutputBoundary } from '../outputs/OutputBoundary';
import { OutputView } from '../outputs/OutputView';
import { estimatedOutputsHeight } from './outputsHeight';
import styles from './Notebook.module.css';
import { useCellAnnouncement } from './useCellAnnouncement';

/**
 * The output area of a code cell (always present, so tests and screen readers can find it), and
 * beside it a status that announces the cell's completion or error.
 * Off screen, the browser skips laying it out (content-visibility: auto) and reserves about its
 * height instead, so a notebook full of long saved outputs opens without laying them all out.
 */
export function CellOutputs({ cell, label, n, runState }: { cell: Cell; label: string; n: number; runState: CellRunState | undefined }) {
  const reserved = useMemo(() => estimatedOutputsHeight(cell.outputs), [cell.outputs]);
  const announcement = useCellAnnouncement(runState, n, cell.outputs);
  return (
    <>
      {/* Not aria-live: a live chart redrawn twice a second kept interrupting a screen reader.
          The status after it says when the cell finishes or fails, once per run. */}
      <div
        aria-label={label}
        role="region"
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
      <div role="status" aria-label={`Run status of cell ${n}`} className="visually-hidden">
        {announcement}
      </div>
    </>
  );
}
