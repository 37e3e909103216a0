'use client';
/** The left of a cell: its [n] prompt ([*] while it runs), how long its last run took, and Run. */
import type { Cell } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import { CellRunTime } from './CellRunTime';
import styles from './Notebook.module.css';

function promptLabel(cell: Cell, runState: CellRunState | undefined) {
  if (cell.cell_type !== 'code') return '';
  if (runState) return '[*]';
  return `[${cell.execution_count ?? ' '}]`;
}

export interface CellGutterProps {
  cell: Cell;
  runState: CellRunState | undefined;
  /** Code that can be read but not run (a notebook in another language). */
  readOnlyCode: boolean;
  onRun(): void;
}

export function CellGutter({ cell, runState, readOnlyCode, onRun }: CellGutterProps) {
  const isMarkdown = cell.cell_type === 'markdown';
  return (
    <div className={styles.gutter}>
      <span
        className={styles.prompt}
        aria-label={cell.cell_type === 'code' ? `Execution count ${cell.execution_count ?? 'none'}` : undefined}
      >
        {promptLabel(cell, runState)}
      </span>
      <CellRunTime cell={cell} running={runState !== undefined} />
      {(cell.cell_type === 'code' || isMarkdown) && (
        <button
          className={styles.runButton}
          aria-label="Run cell"
          title={isMarkdown ? 'Render (Shift+Enter)' : 'Run (Shift+Enter)'}
          disabled={cell.cell_type === 'code' && readOnlyCode}
          onClick={(e) => {
            e.stopPropagation();
            onRun();
          }}
        >
          ▶
        </button>
      )}
    </div>
  );
}
