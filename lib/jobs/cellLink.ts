/**
 * The deep link from a job to the cell that ran it: /notebooks/<id>#cell-<cellId> (in the static
 * export /notebook/?id=<id>#cell-<cellId>). Both ends live here, so the job pages that write it
 * and the notebook page that reads it agree.
 */
import { notebookHref, type BuildVariant } from '../routes/appRoutes';

const PREFIX = '#cell-';

/** The URL of a notebook scrolled to one of its cells. */
export function cellHref(notebookId: string, cellId: string, variant?: BuildVariant): string {
  return `${notebookHref(notebookId, variant)}${PREFIX}${encodeURIComponent(cellId)}`;
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
