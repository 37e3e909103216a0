import type { CellId, NotebookId } from '../notebook/ids';
import type { Notebook, Output } from '../notebook/types';
import { openSparkbookDb } from './db';
import { newestFirst, summarize, type NotebookStore } from './notebookStore';
import { readNotebookRecord, readNotebookRecords } from './storedRecords';

/**
 * A notebook record whose cells' outputs live in the notebookOutputs store. Records without the
 * mark (saved before outputs moved out) carry their outputs inline and read as they are.
 */
interface SplitNotebookRecord extends Notebook {
  outputsApart: true;
}

interface OutputsRecord {
  notebookId: string;
  cellId: string;
  outputs: Output[];
}

const isSplit = (record: unknown): record is SplitNotebookRecord => (record as { outputsApart?: unknown } | null)?.outputsApart === true;

/**
 * Notebooks in the browser's IndexedDB; the database opens on first use, not on creation.
 *
 * A save writes the notebook's record without outputs, and only the outputs that changed since
 * this store last wrote or read them: transitions replace a cell's outputs array when its
 * outputs change and keep it otherwise, so identity says what changed without comparing data.
 */
export function createIdbNotebookStore(dbName = 'sparkbook', options: { moveInlineOutputsOnRead?: boolean } = {}): NotebookStore {
  const db = () => openSparkbookDb(dbName);
  /** Per notebook: the outputs arrays the database holds, by cell, as this store knows them. */
  const known = new Map<NotebookId, Map<CellId, Output[]>>();
  const remember = (nb: Notebook) => {
    known.set(nb.id, new Map(nb.cells.map((c) => [c.id, c.outputs])));
  };

  const store: NotebookStore = {
    async list() {
      // Read every record rather than walk the updatedAt index: the index silently leaves out
      // records whose updatedAt is missing or invalid, and those deserve a warning.
      const records = await (await db()).getAll('notebooks');
      return readNotebookRecords(records.map(withoutMark)).map(summarize).sort(newestFirst);
    },
    async get(id: NotebookId): Promise<Notebook | undefined> {
      const tx = (await db()).transaction(['notebooks', 'notebookOutputs']);
      const [record, outputs] = await Promise.all([
        tx.objectStore('notebooks').get(id),
        tx.objectStore('notebookOutputs').index('notebookId').getAll(id),
        tx.done,
      ]);
      if (record === undefined) return undefined;
      const split = isSplit(record);
      const nb = readNotebookRecord(split ? joinOutputs(record, outputs as OutputsRecord[]) : record, id);
      if (split) remember(nb);
      else {
        // An older record holds its outputs inline: the next save must move every one of them out.
        known.delete(id);
        // The reading worker does it at once, off the page's thread, so the page can adopt what it read.
        if (options.moveInlineOutputsOnRead) await store.put(nb);
      }
      return nb;
    },
    async put(nb: Notebook) {
      const before = known.get(nb.id);
      const tx = (await db()).transaction(['notebooks', 'notebookOutputs'], 'readwrite');
      const outputsStore = tx.objectStore('notebookOutputs');
      const writes: Promise<unknown>[] = [];
      const record: SplitNotebookRecord = { ...nb, cells: nb.cells.map((c) => ({ ...c, outputs: [] })), outputsApart: true };
      writes.push(tx.objectStore('notebooks').put(record));
      if (!before) {
        // Nothing known about what the database holds for it: replace every outputs record.
        writes.push(outputsStore.delete(IDBKeyRange.bound([nb.id], [nb.id, []])));
      }
      const current = new Set<CellId>();
      for (const cell of nb.cells) {
        current.add(cell.id);
        if (before?.get(cell.id) === cell.outputs) continue;
        if (cell.outputs.length > 0)
          writes.push(outputsStore.put({ notebookId: nb.id, cellId: cell.id, outputs: cell.outputs } satisfies OutputsRecord));
        else if (before) writes.push(outputsStore.delete([nb.id, cell.id]));
      }
      for (const cellId of before?.keys() ?? []) if (!current.has(cellId)) writes.push(outputsStore.delete([nb.id, cellId]));
      try {
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        // The transaction rolled back: what the database holds is unknown again.
        known.delete(nb.id);
        throw error;
      }
      remember(nb);
    },
    adopt: remember,
    async delete(id: NotebookId) {
      const tx = (await db()).transaction(['notebooks', 'notebookOutputs'], 'readwrite');
      await Promise.all([
        tx.objectStore('notebooks').delete(id),
        tx.objectStore('notebookOutputs').delete(IDBKeyRange.bound([id], [id, []])),
        tx.done,
      ]);
      known.delete(id);
    },
  };
  return store;
}

function withoutMark(record: unknown): unknown {
  if (!isSplit(record)) return record;
  const { outputsApart: _, ...rest } = record;
  return rest;
}

function joinOutputs(record: SplitNotebookRecord, outputs: OutputsRecord[]): unknown {
  const byCell = new Map(outputs.map((o) => [o.cellId, o.outputs]));
  const { outputsApart: _, ...nb } = record;
  return { ...nb, cells: nb.cells.map((c) => ({ ...c, outputs: byCell.get(c.id) ?? c.outputs })) };
}
