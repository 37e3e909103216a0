import type { NotebookId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
import { openSparkbookDb } from './db';
import { newestFirst, summarize, type NotebookStore } from './notebookStore';
import { readNotebookRecord, readNotebookRecords } from './storedRecords';

/** Notebooks in the browser's IndexedDB; the database opens on first use, not on creation. */
export function createIdbNotebookStore(dbName = 'sparkbook'): NotebookStore {
  const db = () => openSparkbookDb(dbName);
  return {
    async list() {
      // Read every record rather than walk the updatedAt index: the index silently leaves out
      // records whose updatedAt is missing or invalid, and those deserve a warning.
      const records = await (await db()).getAll('notebooks');
      return readNotebookRecords(records).map(summarize).sort(newestFirst);
    },
    async get(id: NotebookId): Promise<Notebook | undefined> {
      const record = await (await db()).get('notebooks', id);
      return record === undefined ? undefined : readNotebookRecord(record, id);
    },
    async put(nb: Notebook) {
      await (await db()).put('notebooks', nb);
    },
    async delete(id: NotebookId) {
      await (await db()).delete('notebooks', id);
    },
  };
}
