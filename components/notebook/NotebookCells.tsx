'use client';
/**
 * The notebook's cells, in order, each inside its error boundary. A long notebook is rendered a
 * chunk of cells per task (useProgressiveCount), so opening thousands of cells never blocks the
 * page; the list says it is busy until the last cell is in.
 */
import { memo } from 'react';
import type { CellId } from '../../lib/notebook/ids';
import type { Cell } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import { CellErrorBoundary } from './CellErrorBoundary';
import { CellView, type CellCallbacks, type CellViewProps } from './CellView';
import { useProgressiveCount } from './useProgressiveCount';
import styles from './Notebook.module.css';

/** Matches the cell list while cells are still being added to it. */
export const CELLS_BEING_ADDED = '[data-cells-adding]';

export interface NotebookCellsProps {
  cells: readonly Cell[];
  selected: CellId | null;
  editingMarkdown: ReadonlySet<CellId>;
  runState: ReadonlyMap<CellId, CellRunState>;
  runnable: boolean;
  language: string;
  callbacks: CellCallbacks;
  setEditing(cellId: CellId, editing: boolean): void;
}

/**
 * One cell inside its error boundary. Memoised as a whole, so that adding a chunk of cells, or
 * typing in one, leaves the thousands of others untouched rather than re-rendering each boundary.
 */
const CellRow = memo(function CellRow(props: CellViewProps) {
  return (
    <CellErrorBoundary cell={props.cell} index={props.index} onDelete={props.callbacks.remove}>
      <CellView {...props} />
    </CellErrorBoundary>
  );
});

export function NotebookCells({
  cells,
  selected,
  editingMarkdown,
  runState,
  runnable,
  language,
  callbacks,
  setEditing,
}: NotebookCellsProps) {
  const { count, complete } = useProgressiveCount(cells.length);
  const shown = count < cells.length ? cells.slice(0, count) : cells;
  return (
    <div className={styles.cells} aria-busy={!complete} data-cells-adding={complete ? undefined : ''}>
      {shown.map((cell, i) => (
        <CellRow
          key={cell.id}
          cell={cell}
          index={i}
          selected={selected === cell.id}
          editing={editingMarkdown.has(cell.id)}
          runState={runState.get(cell.id)}
          readOnlyCode={!runnable}
          language={language}
          callbacks={callbacks}
          setEditing={setEditing}
        />
      ))}
      {!complete && (
        <p className={styles.placeholder} data-cells-pending="">
          Showing {count.toLocaleString('en-US')} of {cells.length.toLocaleString('en-US')} cells…
        </p>
      )}
      {cells.length === 0 && <p className={styles.placeholder}>This notebook has no cells. Add a code or Markdown cell above.</p>}
    </div>
  );
}
