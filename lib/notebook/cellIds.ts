import { asCellId, newCellId, type CellId } from './ids';

/** nbformat 4.5's rule for cell ids: 1 to 64 characters from [a-zA-Z0-9-_]. */
export const NBFORMAT_CELL_ID = /^[a-zA-Z0-9-_]{1,64}$/;

/**
 * Makes every id valid for nbformat 4.5 and unique: invalid characters become "-", long ids are
 * cut to 64, and a missing id or one that would collide gets a fresh id. Valid ids are kept as
 * they are, so a round trip through Jupyter doesn't renumber cells (and churn git diffs).
 */
export function toNbformatCellIds(ids: readonly (string | undefined)[]): CellId[] {
  const taken = new Set(ids.filter((id): id is string => id !== undefined && NBFORMAT_CELL_ID.test(id)));
  const seen = new Set<string>();
  return ids.map((id) => {
    let next = id;
    if (next !== undefined && !NBFORMAT_CELL_ID.test(next)) {
      const cleaned = next.replace(/[^a-zA-Z0-9-_]/g, '-').slice(0, 64);
      // A cleaned id must not steal the id of a cell that already had it.
      next = cleaned && !taken.has(cleaned) ? cleaned : undefined;
    }
    while (next === undefined || seen.has(next)) next = newCellId();
    seen.add(next);
    return asCellId(next);
  });
}
