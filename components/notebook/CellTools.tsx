'use client';
/** The toolbar a cell shows while hovered or selected: move, insert, clear output, delete. */
import type { Cell } from '../../lib/notebook/types';
import type { CellCallbacks } from './cellProps';
import styles from './Notebook.module.css';

export function CellTools({ cell, n, callbacks }: { cell: Cell; n: number; callbacks: CellCallbacks }) {
  return (
    <div className={styles.cellTools} role="toolbar" aria-label={`Cell ${n} actions`}>
      <button aria-label="Move cell up" title="Move up" onClick={() => callbacks.move(cell.id, 'up')}>
        ↑
      </button>
      <button aria-label="Move cell down" title="Move down" onClick={() => callbacks.move(cell.id, 'down')}>
        ↓
      </button>
      <button aria-label="Insert code cell above" title="Code cell above (A)" onClick={() => callbacks.insert(cell.id, 'code', 'above')}>
        +↑
      </button>
      <button aria-label="Insert code cell below" title="Code cell below (B)" onClick={() => callbacks.insert(cell.id, 'code', 'below')}>
        +↓
      </button>
      <button
        aria-label="Insert markdown cell below"
        title="Markdown cell below"
        onClick={() => callbacks.insert(cell.id, 'markdown', 'below')}
      >
        M↓
      </button>
      {cell.cell_type === 'code' && (
        <button aria-label="Clear cell output" title="Clear output" onClick={() => callbacks.clear(cell.id)}>
          ⌫
        </button>
      )}
      <button aria-label="Delete cell" title="Delete (DD)" onClick={() => callbacks.remove(cell.id)}>
        ✕
      </button>
    </div>
  );
}
