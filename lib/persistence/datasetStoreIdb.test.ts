import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSparkbookDb } from './db';
import { describeDatasetStoreContract, sampleDataset } from './datasetStore.contract';
import { createIdbDatasetStore } from './datasetStoreIdb';

let databases = 0;
const freshDbName = () => `sparkbook-datasets-test-${++databases}`;
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describeDatasetStoreContract('createIdbDatasetStore', async () => {
  const dbName = freshDbName();
  return {
    store: createIdbDatasetStore(dbName),
    async putRaw(record: unknown) {
      await (await openSparkbookDb(dbName)).put('datasets', record);
    },
  };
});

describe('createIdbDatasetStore', () => {
  it('shares uploads between store instances on one database (the upload worker writes, the kernel reads)', async () => {
    const dbName = freshDbName();
    const { record } = await createIdbDatasetStore(dbName).put(sampleDataset('iris-mine.csv'), bytesOf('a,b\n1,2\n'));
    expect(await createIdbDatasetStore(dbName).get('iris-mine.csv')).toEqual(record);
  });

  it('reports a full disk in words and stores nothing half: no metadata without its bytes, the old upload kept whole', async () => {
    const dbName = freshDbName();
    const store = createIdbDatasetStore(dbName);
    await store.put(sampleDataset('old.csv'), bytesOf('a,b\n1,2\n'));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // The metadata goes in second, so failing it leaves the bytes' write to be rolled back.
      if (this.name === 'datasets') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(store.put(sampleDataset('new.csv'), bytesOf('x'))).rejects.toThrow(
        /storage for this site is full, so new\.csv \(1 B\) was not stored and nothing was changed/,
      );
      await expect(store.put(sampleDataset('old.csv', 99), bytesOf('replacement'))).rejects.toThrow(/nothing was changed/);
    } finally {
      vi.restoreAllMocks();
    }
    expect((await store.list()).map((d) => [d.name, d.size])).toEqual([['old.csv', 12]]);
    expect(new TextDecoder().decode(await store.bytes('old.csv'))).toBe('a,b\n1,2\n');
    const db = await openSparkbookDb(dbName);
    expect(await db.getAllKeys('datasetBytes')).toEqual(['old.csv']);
  });
});
