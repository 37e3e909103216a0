/**
 * The deep link from a job to the cell that ran it: /notebooks/<id>#cell-<cellId>. Both ends
 * live here, so the job pages that write it and the notebook page that reads it agree.
 */

const PREFIX = '#cell-';

/** The URL of a notebook scrolled to one of its cells. */
export function cellHref(notebookId: string, cellId: string): string {
  return `/notebooks/${encodeURIComponent(notebookId)}${PREFIX}${encodeURIComponent(cellId)}`;
}

/** The cell id in a `#cell-<id>` hash, or null for any other hash. */
export function cellIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX) || hash.length === PREFIX.length) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return null;
  }
}
