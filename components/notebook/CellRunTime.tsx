'use client';
/** How long a code cell's last run took ("1.2 s", as Colab shows it), with when it finished in the tooltip. */
import type { Cell } from '../../lib/notebook/types';
import { formatRunTime, runTimeOf } from '../../lib/notebook/executionTiming';
import styles from './CellOutputs.module.css';

export function CellRunTime({ cell, running }: { cell: Cell; running: boolean }) {
  // While it runs the prompt shows [*]; once cleared ([ ]) the time no longer describes anything shown.
  if (cell.cell_type !== 'code' || running || cell.execution_count === null) return null;
  const time = runTimeOf(cell);
  if (!time) return null;
  const text = formatRunTime(time.ms);
  return (
    <span
      className={styles.runTime}
      aria-label={`Run time ${text}`}
      title={`Took ${(time.ms / 1000).toFixed(3)} s; finished ${time.finishedAt.toLocaleString()}`}
    >
      {text}
    </span>
  );
}
