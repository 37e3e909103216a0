import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCellId, asNotebookId, type NotebookId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';
import type { NotebookStore } from './notebookStore';
import { CorruptRecordError } from './storedRecords';

/** A fresh, empty store, and a way to write a raw record past the store (to fake a corrupt one). */
export interface StoreUnderTest {
  store: NotebookStore;
  putRaw(record: unknown): Promise<void>;
}

/** A small valid notebook. */
export function sampleNotebook(id: string, updatedAt: number, patch: Partial<Notebook> = {}): Notebook {
  return {
    id: asNotebookId(id),
    title: `Notebook ${id}`,
    cells: [
      {
        id: asCellId('c1'),
        cell_type: 'code',
        source: 'const x = tf.ones([2])',
        outputs: [
          { output_type: 'stream', name: 'stdout', text: 'hi\n' },
          { output_type: 'display_data', data: { 'application/vnd.sparkbook.chart+json': { loss: [1, 0.5] } }, metadata: {} },
        ],
        execution_count: 1,
        metadata: { tags: ['train'] },
      },
    ],
    language: 'typescript',
    metadata: { sparkbook: { title: 'x' } },
    createdAt: 1,
    updatedAt,
    origin: 'new',
    ...patch,
  };
}

/** The behaviour every NotebookStore must have, run against each implementation. */
export function describeNotebookStoreContract(name: string, create: () => Promise<StoreUnderTest>): void {
  describe(`${name} (NotebookStore contract)`, () => {
    afterEach(() => vi.restoreAllMocks());

    it('gives back what was put', async () => {
      const { store } = await create();
      const nb = sampleNotebook('nb1', 10);
      await store.put(nb);
      expect(await store.get(nb.id)).toEqual(nb);
    });

    it('gives undefined for a notebook that was never saved', async () => {
      const { store } = await create();
      expect(await store.get(asNotebookId('nope'))).toBeUndefined();
      expect(await store.list()).toEqual([]);
    });

    it('lists summaries, most recently edited first', async () => {
      const { store } = await create();
      await store.put(sampleNotebook('old', 100));
      await store.put(sampleNotebook('new', 300, { cells: [], origin: 'import' }));
      await store.put(sampleNotebook('mid', 200, { title: 'Middle' }));
      expect(await store.list()).toEqual([
        { id: 'new', title: 'Notebook new', updatedAt: 300, origin: 'import', cellCount: 0 },
        { id: 'mid', title: 'Middle', updatedAt: 200, origin: 'new', cellCount: 1 },
        { id: 'old', title: 'Notebook old', updatedAt: 100, origin: 'new', cellCount: 1 },
      ]);
    });

    it('lists notebooks edited at the same moment in a stable order', async () => {
      const { store } = await create();
      for (const id of ['b', 'c', 'a']) await store.put(sampleNotebook(id, 5));
      expect((await store.list()).map((s) => s.id)).toEqual(['c', 'b', 'a']);
    });

    it('overwrites a notebook saved again under the same id', async () => {
      const { store } = await create();
      await store.put(sampleNotebook('nb1', 10));
      const edited = sampleNotebook('nb1', 20, { title: 'Renamed' });
      await store.put(edited);
      expect(await store.get(edited.id)).toEqual(edited);
      expect(await store.list()).toHaveLength(1);
    });

    it('deletes a notebook, and deleting a missing one does nothing', async () => {
      const { store } = await create();
      await store.put(sampleNotebook('a', 1));
      await store.put(sampleNotebook('b', 2));
      await store.delete(asNotebookId('a'));
      await store.delete(asNotebookId('never-saved'));
      expect(await store.get(asNotebookId('a'))).toBeUndefined();
      expect((await store.list()).map((s) => s.id)).toEqual(['b']);
    });

    it('is not changed by mutating a notebook after put or after get', async () => {
      const { store } = await create();
      const nb = sampleNotebook('nb1', 10);
      await store.put(nb);
      nb.title = 'mutated after put';
      nb.cells[0].source = 'mutated';
      const got = (await store.get(nb.id))!;
      got.cells.pop();
      (got.metadata.sparkbook as { title: string }).title = 'mutated after get';
      const again = (await store.get(nb.id))!;
      expect(again).toEqual(sampleNotebook('nb1', 10));
    });

    it('skips a corrupt record in list with a warning naming its key', async () => {
      const { store, putRaw } = await create();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await store.put(sampleNotebook('good', 10));
      await putRaw({ ...sampleNotebook('bad', 20), cells: [{ id: 'c1', cell_type: 'code', source: 42 }] });
      await putRaw({ id: 'no-dates', title: 'From an old version' });
      expect((await store.list()).map((s) => s.id)).toEqual(['good']);
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls.join('\n')).toContain('"bad"');
      expect(warn.mock.calls.join('\n')).toContain('"no-dates"');
    });

    it('throws on get of a corrupt record, naming its key and the bad field', async () => {
      const { store, putRaw } = await create();
      await putRaw({ ...sampleNotebook('bad', 20), cells: [{ ...sampleNotebook('x', 1).cells[0], source: 42 }] });
      const error = await store.get('bad' as NotebookId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptRecordError);
      expect(error).toMatchObject({ key: 'bad', store: 'notebooks', path: 'cells[0].source' });
      expect((error as Error).message).toMatch(/^Stored notebook "bad" can't be read \(cells\[0\]\.source: .*\)\. .*reload the page/);
    });

    it('reads back a record with no origin (older versions did not save one)', async () => {
      const { store, putRaw } = await create();
      const { origin: _origin, ...old } = sampleNotebook('old', 1);
      await putRaw(old);
      expect((await store.get(old.id))?.origin).toBeUndefined();
      expect((await store.list())[0]).toMatchObject({ id: 'old', origin: undefined });
    });

    it('keeps whether the notebook is trusted, both ways', async () => {
      const { store } = await create();
      await store.put(sampleNotebook('untrusted', 1, { origin: 'import', trusted: false }));
      await store.put(sampleNotebook('trusted', 2, { origin: 'shared', trusted: true }));
      expect((await store.get(asNotebookId('untrusted')))?.trusted).toBe(false);
      expect((await store.get(asNotebookId('trusted')))?.trusted).toBe(true);
    });
  });
}
