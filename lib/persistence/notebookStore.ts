import type { NotebookId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';

/** What the gallery shows for a stored notebook, without loading cells into the UI. */
export interface NotebookSummary {
  id: NotebookId;
  title: string;
  updatedAt: number;
  origin: Notebook['origin'];
  cellCount: number;
}

/** Where notebooks are saved: IndexedDB in the browser, memory in tests. */
export interface NotebookStore {
  /** Every readable notebook, most recently edited first; unreadable records are skipped with a warning. */
  list(): Promise<NotebookSummary[]>;
  /** The notebook, or undefined if there is none; throws CorruptRecordError if it can't be read. */
  get(id: NotebookId): Promise<Notebook | undefined>;
  /** Saves (creates or replaces) the notebook under its id. */
  put(nb: Notebook): Promise<void>;
  /** Deletes the notebook; deleting one that doesn't exist does nothing. */
  delete(id: NotebookId): Promise<void>;
  /**
   * Tells the store that it holds this notebook as it is (read by another instance, e.g. in a
   * worker), so the next put writes only what changed since. Stores that always write everything omit it.
   */
  adopt?(nb: Notebook): void;
}

/** The gallery's summary of a notebook. */
export function summarize(nb: Notebook): NotebookSummary {
  return { id: nb.id, title: nb.title, updatedAt: nb.updatedAt, origin: nb.origin, cellCount: nb.cells.length };
}

/** Newest first; ties by id so that every store lists in the same, stable order. */
export function newestFirst(a: NotebookSummary, b: NotebookSummary): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
