'use client';
import type { Cell } from '../../lib/notebook/types';
import { OutputBoundary } from '../outputs/OutputBoundary';
import { OutputView } from '../outputs/OutputView';
import styles from './Notebook.module.css';

/** The output area of a code cell (always present, so tests and screen readers can find it). */
export function CellOutputs({ cell, label }: { cell: Cell; label: string }) {
  return (
    <div aria-label={label} role="region" aria-live="polite" className={styles.outputs} data-empty={cell.outputs.length === 0}>
      {cell.outputs.map((output, i) => (
        <OutputBoundary key={i} output={output}>
          <OutputView output={output} />
        </OutputBoundary>
      ))}
    </div>
  );
}
