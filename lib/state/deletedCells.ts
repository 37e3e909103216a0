/**
 * What Jupyter's Z brings back: the cells deleted in this session, newest last, each with the
 * place it was deleted from. Kept for the open page only (as in Jupyter), never saved.
 */
import type { Cell } from '../notebook/types';

/** One deleted cell, whole (source, outputs, metadata), and where it stood. */
export interface DeletedCell {
  cell: Cell;
  /** Its index in the notebook when it was deleted. */
  index: number;
}

/** Deletions remembered; older ones are forgotten first. */
export const DELETED_CELLS_KEPT = 50;

export function rememberDeleted(stack: readonly DeletedCell[], entry: DeletedCell): DeletedCell[] {
  const next = [...stack, entry];
  return next.length > DELETED_CELLS_KEPT ? next.slice(next.length - DELETED_CELLS_KEPT) : next;
}
