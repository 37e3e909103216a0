/**
 * Cell operations of Jupyter's command mode that take more than one cell into account: copies for
 * the cell clipboard, and merging a cell with the one below. Pure: the reducer applies them.
 */
import type { CellId } from './ids';
import type { Cell, Output } from './types';

/** A live display id belongs to the run that made it: a copy must not be updated by that run's later updates. */
function withoutDisplayId(output: Output): Output {
  if (output.output_type !== 'display_data' || !output.transient) return output;
  const { transient: _transient, ...rest } = output;
  return rest;
}

/** Copies of cells as pasted: new ids, the same source, outputs, run count, metadata and attachments. */
export function copiesOf(cells: readonly Cell[], newId: () => CellId): Cell[] {
  return cells.map((cell) => ({ ...cell, id: newId(), outputs: cell.outputs.map(withoutDisplayId) }));
}

/** What Jupyter puts between the sources of merged cells. */
export const MERGE_SEPARATOR = '\n\n';

/**
 * The cells with `cellId` merged with the cell below it (Jupyter's Shift+M): one cell of the upper
 * cell's type and id, holding both sources. A merged code cell keeps no outputs, run count or run
 * time (they belonged to code that no longer exists as such); Markdown keeps both cells'
 * attachments. Null when there is no cell below to merge with.
 */
export function mergeWithBelow(cells: readonly Cell[], cellId: CellId): Cell[] | null {
  const index = cells.findIndex((cell) => cell.id === cellId);
  if (index < 0 || index >= cells.length - 1) return null;
  const top = cells[index];
  const below = cells[index + 1];
  const source = top.source + MERGE_SEPARATOR + below.source;
  let merged: Cell;
  if (top.cell_type === 'code') {
    const { execution: _timing, ...metadata } = top.metadata;
    merged = { ...top, source, outputs: [], execution_count: null, metadata };
  } else {
    const attachments = top.attachments || below.attachments ? { ...below.attachments, ...top.attachments } : undefined;
    merged = { ...top, source, ...(attachments ? { attachments } : {}) };
  }
  const next = cells.slice();
  next.splice(index, 2, merged);
  return next;
}
