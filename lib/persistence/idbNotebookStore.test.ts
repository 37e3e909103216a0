import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { asCellId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
import { openSparkbookDb } from './db';
import { createIdbNotebookStore } from './idbNotebookStore';
import { describeNotebookStoreContract, sampleNotebook } from './notebookStore.contract';

let databases = 0;
/** A database of its own for each test, so tests can't see each other's notebooks. */
const freshDbName = () => `sparkbook-test-${++databases}`;

describeNotebookStoreContract('createIdbNotebookStore', async () => {
  const dbName = freshDbName();
  return {
    store: createIdbNotebookStore(dbName),
    async putRaw(record: unknown) {
      await (await openSparkbookDb(dbName)).put('notebooks', record);
    },
  };
});

describe('createIdbNotebookStore', () => {
  it('keeps notebooks across store instances sharing a database (a page reload)', async () => {
    const dbName = freshDbName();
    const nb = sampleNotebook('a', 1);
    await createIdbNotebookStore(dbName).put(nb);
    expect(await createIdbNotebookStore(dbName).get(nb.id)).toEqual(nb);
  });

  it('keeps outputs apart from the notebook record, so the gallery lists without reading them', async () => {
    const dbName = freshDbName();
    const nb = sampleNotebook('a', 1);
    await createIdbNotebookStore(dbName).put(nb);
    const db = await openSparkbookDb(dbName);
    const record = (await db.get('notebooks', 'a')) as Notebook;
    expect(record.cells[0].source).toBe(nb.cells[0].source);
    expect(record.cells[0].outputs).toEqual([]);
    expect(await db.get('notebookOutputs', ['a', 'c1'])).toMatchObject({ outputs: nb.cells[0].outputs });
    expect(await createIdbNotebookStore(dbName).list()).toMatchObject([{ id: 'a', cellCount: 1 }]);
  });

  it('rewrites only the outputs that changed since it last wrote or read the notebook', async () => {
    const dbName = freshDbName();
    const store = createIdbNotebookStore(dbName);
    const nb = sampleNotebook('a', 1);
    await store.put(nb);
    const db = await openSparkbookDb(dbName);
    // Remove the stored outputs behind the store's back: a save that rewrote them would restore them.
    await db.delete('notebookOutputs', ['a', 'c1']);
    const typed: Notebook = { ...nb, updatedAt: 2, cells: [{ ...nb.cells[0], source: 'const y = 1' }] };
    await store.put(typed);
    expect(await db.get('notebookOutputs', ['a', 'c1'])).toBeUndefined();
    const rerun: Notebook = {
      ...typed,
      updatedAt: 3,
      cells: [{ ...typed.cells[0], outputs: [{ output_type: 'stream', name: 'stdout', text: 'again\n' }] }],
    };
    await store.put(rerun);
    expect(await createIdbNotebookStore(dbName).get(nb.id)).toEqual(rerun);
  });

  it('after a read elsewhere (adopt), the next save writes only what changed', async () => {
    const dbName = freshDbName();
    const nb = sampleNotebook('a', 1);
    await createIdbNotebookStore(dbName).put(nb);
    const read = (await createIdbNotebookStore(dbName).get(nb.id))!;
    const page = createIdbNotebookStore(dbName);
    page.adopt?.(read);
    const db = await openSparkbookDb(dbName);
    await db.delete('notebookOutputs', ['a', 'c1']);
    await page.put({ ...read, updatedAt: 2, title: 'Renamed' });
    expect(await db.get('notebookOutputs', ['a', 'c1'])).toBeUndefined();
  });

  it('removes the outputs of deleted cells and of deleted notebooks, and clears outputs a cell no longer has', async () => {
    const dbName = freshDbName();
    const store = createIdbNotebookStore(dbName);
    const c2 = { ...sampleNotebook('a', 1).cells[0], id: asCellId('c2') };
    const nb: Notebook = { ...sampleNotebook('a', 1), cells: [sampleNotebook('a', 1).cells[0], c2] };
    await store.put(nb);
    const db = await openSparkbookDb(dbName);
    expect(await db.getAllKeys('notebookOutputs')).toEqual([
      ['a', 'c1'],
      ['a', 'c2'],
    ]);
    await store.put({ ...nb, updatedAt: 2, cells: [{ ...nb.cells[0], outputs: [] }] });
    expect(await db.getAllKeys('notebookOutputs')).toEqual([]);
    expect((await createIdbNotebookStore(dbName).get(nb.id))?.cells.map((c) => c.outputs)).toEqual([[]]);
    await store.put(nb);
    await store.delete(nb.id);
    expect(await db.getAllKeys('notebookOutputs')).toEqual([]);
    expect(await store.get(nb.id)).toBeUndefined();
  });

  it('reads notebooks saved before outputs moved out (outputs inline), and moves them on the next save', async () => {
    const dbName = freshDbName();
    const nb = sampleNotebook('old', 1);
    const db = await openSparkbookDb(dbName);
    await db.put('notebooks', nb);
    const store = createIdbNotebookStore(dbName);
    const read = (await store.get(nb.id))!;
    expect(read).toEqual(nb);
    await store.put({ ...read, updatedAt: 2 });
    expect(((await db.get('notebooks', 'old')) as Notebook).cells[0].outputs).toEqual([]);
    expect((await createIdbNotebookStore(dbName).get(nb.id))?.cells[0].outputs).toEqual(nb.cells[0].outputs);
  });

  it('a reading store that moves inline outputs on read leaves the notebook safe to adopt', async () => {
    const dbName = freshDbName();
    const nb = sampleNotebook('old', 1);
    await (await openSparkbookDb(dbName)).put('notebooks', nb);
    const read = (await createIdbNotebookStore(dbName, { moveInlineOutputsOnRead: true }).get(nb.id))!;
    const page = createIdbNotebookStore(dbName);
    page.adopt?.(read);
    await page.put({ ...read, updatedAt: 2, title: 'Renamed' });
    expect((await createIdbNotebookStore(dbName).get(nb.id))?.cells[0].outputs).toEqual(nb.cells[0].outputs);
  });
});
