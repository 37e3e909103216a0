import type { NotebookId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
import { newestFirst, summarize, type NotebookStore } from './notebookStore';
import { readNotebookRecord, readNotebookRecords } from './storedRecords';

/**
 * The IndexedDB store's twin in memory, for tests and for environments without IndexedDB.
 * Like IndexedDB it stores copies (structuredClone), so callers can't change saved state by
 * mutating an object after put or get, and it validates what it reads back the same way.
 *
 * `records` plays the part of the database (key -> raw record): pass one to share it between
 * stores, or to write records past put() (e.g. a corrupt one, to test how the UI copes).
 */
export function createMemoryNotebookStore(records: Map<string, unknown> = new Map()): NotebookStore {
  return {
    async list() {
      return readNotebookRecords([...records.values()])
        .map(summarize)
        .sort(newestFirst);
    },
    async get(id: NotebookId): Promise<Notebook | undefined> {
      const record = records.get(id);
      // zod copies the objects it knows, but passes unknown values (metadata, JSON outputs) by reference.
      return record === undefined ? undefined : readNotebookRecord(structuredClone(record), id);
    },
    async put(nb: Notebook) {
      records.set(nb.id, structuredClone(nb));
    },
    async delete(id: NotebookId) {
      records.delete(id);
    },
  };
}
