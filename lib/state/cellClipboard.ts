/**
 * Jupyter's cell clipboard (C, X, V): whole cells, outputs included, shared by every notebook
 * opened in this tab (copy in one, paste in another) and gone when the tab closes, as in
 * JupyterLab. Not the system clipboard: that holds text, and these are cells.
 */
import type { CellId } from '../notebook/ids';
import type { Cell } from '../notebook/types';
import { copiesOf } from '../notebook/cellOps';

export interface CellClipboard {
  /** Keeps the cells (replacing what was kept). */
  put(cells: readonly Cell[]): void;
  /** Fresh copies of what is kept, new ids each time, so the same cells paste again and again; empty when nothing is. */
  take(newId: () => CellId): Cell[];
  readonly size: number;
}

export function createCellClipboard(): CellClipboard {
  let kept: readonly Cell[] = [];
  return {
    put(cells) {
      kept = cells.slice();
    },
    take(newId) {
      return copiesOf(kept, newId);
    },
    get size() {
      return kept.length;
    },
  };
}

/** The tab's clipboard. */
export const cellClipboard = createCellClipboard();
