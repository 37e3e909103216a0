import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetStore, NewDataset } from './datasetStore';

/** A fresh, empty store, and a way to write raw records past the store. */
export interface DatasetStoreUnderTest {
  store: DatasetStore;
  putRaw(record: unknown, bytes?: unknown): Promise<void>;
}

export function sampleDataset(name: string, size = 12): NewDataset {
  return { name, kind: 'csv', size, preview: { kind: 'csv', columns: ['a', 'b'], rows: [['1', '2']], rowCount: 1 } };
}

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const textOf = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

/** The behaviour every DatasetStore must have, run against each implementation. */
export function describeDatasetStoreContract(name: string, create: () => Promise<DatasetStoreUnderTest>): void {
  describe(`${name} (DatasetStore contract)`, () => {
    afterEach(() => vi.restoreAllMocks());

    it('stores an upload with its bytes and gives both back', async () => {
      const { store } = await create();
      const { record, replaced } = await store.put(sampleDataset('points.csv'), bytesOf('a,b\n1,2\n'));
      expect(replaced).toBe(false);
      expect(record).toMatchObject({ name: 'points.csv', kind: 'csv', size: 12 });
      expect(await store.get('points.csv')).toEqual(record);
      expect(textOf(await store.bytes('points.csv'))).toBe('a,b\n1,2\n');
      expect(await store.list()).toEqual([record]);
    });

    it('replaces an upload of the same name, bytes and all', async () => {
      const { store } = await create();
      await store.put(sampleDataset('points.csv'), bytesOf('a,b\n1,2\n'));
      const second = await store.put(sampleDataset('points.csv', 8), bytesOf('a,b\n3,4\n'));
      expect(second.replaced).toBe(true);
      expect((await store.list()).map((d) => [d.name, d.size])).toEqual([['points.csv', 8]]);
      expect(textOf(await store.bytes('points.csv'))).toBe('a,b\n3,4\n');
    });

    it('deletes an upload with its bytes; an unknown name does nothing', async () => {
      const { store } = await create();
      await store.put(sampleDataset('keep.csv'), bytesOf('k'));
      await store.put(sampleDataset('gone.csv'), bytesOf('g'));
      await store.delete('gone.csv');
      await store.delete('never.csv');
      expect((await store.list()).map((d) => d.name)).toEqual(['keep.csv']);
      expect(await store.get('gone.csv')).toBeUndefined();
      await expect(store.bytes('gone.csv')).rejects.toThrow(/contents of "gone.csv" are missing.*upload the file again/);
    });

    it('skips a damaged record in the list, naming it, and refuses to read it alone', async () => {
      const { store, putRaw } = await create();
      await store.put(sampleDataset('good.csv'), bytesOf('a'));
      await putRaw({ name: 'bad.csv', kind: 'spreadsheet', size: 1, uploadedAt: 1, preview: { kind: 'binary', hex: '' } });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect((await store.list()).map((d) => d.name)).toEqual(['good.csv']);
      expect(warn.mock.calls[0][0]).toMatch(/Uploaded file "bad.csv" can't be read \(kind: /);
      await expect(store.get('bad.csv')).rejects.toThrow(/Uploaded file "bad.csv" can't be read/);
    });
  });
}
