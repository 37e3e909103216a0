import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSparkbookDb } from './db';
import { describeJobStoreContract, sampleJob } from './jobStore.contract';
import { createIdbJobStore } from './jobStoreIdb';
import { createIdbNotebookStore } from './idbNotebookStore';

let databases = 0;
/** A database of its own for each test, so tests can't see each other's jobs. */
const freshDbName = () => `sparkbook-jobs-test-${++databases}`;

describeJobStoreContract('createIdbJobStore', async () => {
  const dbName = freshDbName();
  return {
    store: createIdbJobStore(dbName),
    async putRaw(record: unknown) {
      await (await openSparkbookDb(dbName)).put('jobs', record);
    },
  };
});

describe('createIdbJobStore', () => {
  it('keeps jobs across store instances sharing a database (a page reload)', async () => {
    const dbName = freshDbName();
    const job = sampleJob('job-1', 1);
    await createIdbJobStore(dbName).put(job);
    expect(await createIdbJobStore(dbName).get(job.id)).toEqual(job);
  });

  it('shares the database with the notebooks without touching them', async () => {
    const dbName = freshDbName();
    await createIdbJobStore(dbName).put(sampleJob('job-1', 1));
    expect(await createIdbNotebookStore(dbName).list()).toEqual([]);
  });

  it('is indexed by notebook, for a notebook’s own jobs', async () => {
    const dbName = freshDbName();
    const store = createIdbJobStore(dbName);
    await store.put(sampleJob('a', 1, { notebookId: 'nbA' }));
    await store.put(sampleJob('b', 2, { notebookId: 'nbB' }));
    const keys = await (await openSparkbookDb(dbName)).getAllKeysFromIndex('jobs', 'notebookId', 'nbB');
    expect(keys).toEqual(['b']);
  });
});
