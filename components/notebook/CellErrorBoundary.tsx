'use client';
/**
 * Keeps a cell that fails to render from taking the notebook down: the cell shows the error and
 * its source, read-only, so nothing the user typed is lost and the other cells keep working.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import type { Cell } from '../../lib/notebook/types';
import { errorText } from '../shell/errorText';
import notice from '../shell/ErrorNotice.module.css';
import styles from './Notebook.module.css';

interface BrokenCellProps extends FallbackProps {
  cell: Cell;
  index: number;
  onDelete(cellId: Cell['id']): void;
}

/** Stands in for the cell, under the same name ("Cell 3"), so the notebook's numbering holds. */
export function BrokenCell({ cell, index, onDelete, error, resetErrorBoundary }: BrokenCellProps) {
  const n = index + 1;
  return (
    <section aria-label={`Cell ${n}`} data-cell-id={cell.id} data-cell-type={cell.cell_type} tabIndex={-1} className={styles.cell}>
      <div className={styles.gutter} />
      <div className={styles.body}>
        <div role="alert" className={notice.notice}>
          <p>
            <strong>This cell could not be shown.</strong> Its source is below, read-only: copy it, or delete the cell.
          </p>
          <p className={notice.message}>{errorText(error)}</p>
          <textarea
            readOnly
            aria-label={`Source of cell ${n}`}
            className={notice.source}
            value={cell.source}
            rows={Math.min(12, cell.source.split('\n').length + 1)}
          />
          <div className={notice.actions}>
            <button type="button" className="sb-button sb-button-ghost" onClick={() => resetErrorBoundary()}>
              Try again
            </button>
            <button type="button" className="sb-button sb-button-ghost" onClick={() => onDelete(cell.id)}>
              Delete cell
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}

export function CellErrorBoundary({
  cell,
  index,
  onDelete,
  children,
}: {
  cell: Cell;
  index: number;
  onDelete(cellId: Cell['id']): void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary resetKeys={[cell]} fallbackRender={(props) => <BrokenCell cell={cell} index={index} onDelete={onDelete} {...props} />}>
      {children}
    </ErrorBoundary>
  );
}
