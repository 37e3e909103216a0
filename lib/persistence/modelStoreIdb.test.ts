import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSparkbookDb } from './db';
import { describeModelStoreContract, sampleArtifacts, sampleModel } from './modelStore.contract';
import { createIdbModelStore } from './modelStoreIdb';

let databases = 0;
const freshDbName = () => `sparkbook-models-test-${++databases}`;

describeModelStoreContract('createIdbModelStore', async () => {
  const dbName = freshDbName();
  return {
    store: createIdbModelStore(dbName),
    async putRaw(record: unknown) {
      await (await openSparkbookDb(dbName)).put('models', record);
    },
  };
});

describe('createIdbModelStore', () => {
  it('keeps models across store instances sharing a database (the kernel saves, the page lists)', async () => {
    const dbName = freshDbName();
    const saved = await createIdbModelStore(dbName).save(sampleModel('iris'), sampleArtifacts());
    expect(await createIdbModelStore(dbName).resolve('iris')).toEqual(saved);
  });

  it('reports a full disk in words and leaves nothing half-written', async () => {
    const dbName = freshDbName();
    const store = createIdbModelStore(dbName);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'modelArtifacts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(store.save(sampleModel('big'), sampleArtifacts())).rejects.toThrow(/storage for this site is full.*nothing was changed/);
    } finally {
      vi.restoreAllMocks();
    }
    expect(await store.list()).toEqual([]);
    await expect(store.save(sampleModel('big'), sampleArtifacts())).resolves.toMatchObject({ version: 1 });
  });
});
