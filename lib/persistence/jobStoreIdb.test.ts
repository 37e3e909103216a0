import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openSparkbookDb } from './db';
import { describeJobStoreContract, sampleJob } from './jobStore.contract';
import { createIdbJobStore } from './jobStoreIdb';
import { createIdbNotebookStore } from './idbNotebookStore';
import { sampleJobs } from '../../testing/sampleJobs';

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
    async putRawChunk(chunk) {
      await (await openSparkbookDb(dbName)).put('jobChunks', chunk);
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

describe('createIdbJobStore on a database from before job chunks (version 3)', () => {
  /** A version 3 database holding one job the old way: the whole record, series inline. */
  async function version3(name: string, job: unknown) {
    const v3 = indexedDB.open(name, 3);
    v3.onupgradeneeded = () => {
      const db = v3.result;
      db.createObjectStore('notebooks', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('notebookId', 'notebookId');
      jobs.createIndex('startedAt', 'startedAt');
      db.createObjectStore('models', { keyPath: 'id' }).createIndex('name', 'name');
      db.createObjectStore('modelArtifacts', { keyPath: 'id' });
      db.createObjectStore('notebookOutputs', { keyPath: ['notebookId', 'cellId'] }).createIndex('notebookId', 'notebookId');
      db.createObjectStore('datasets', { keyPath: 'name' });
      db.createObjectStore('datasetBytes', { keyPath: 'name' });
      jobs.put(job);
    };
    await new Promise((resolve, reject) => {
      v3.onsuccess = resolve;
      v3.onerror = reject;
    });
    v3.result.close();
  }

  it('reads a whole record saved before, as it was, in get and list', async () => {
    const dbName = freshDbName();
    const old = sampleJobs(Date.UTC(2026, 0, 15))[0];
    await version3(dbName, old);
    const store = createIdbJobStore(dbName);
    expect(await store.get(old.id)).toEqual(old);
    expect(await store.list()).toEqual([old]);
  });

  it('appends to an old record after its inline series (a job that runs on across the upgrade)', async () => {
    const dbName = freshDbName();
    const old = sampleJob('old', 1, { status: 'running', endedAt: undefined, updatedAt: Date.now() });
    await version3(dbName, old);
    const store = createIdbJobStore(dbName);
    await store.append('old', {
      header: { updatedAt: Date.now() },
      chunk: { stepMetrics: [{ step: 2, epoch: 0, values: { loss: 0.9 } }] },
    });
    await store.append('old', { header: { status: 'succeeded', endedAt: 900 } });
    const job = (await store.get('old'))!;
    expect(job.stepMetrics.map((p) => p.step)).toEqual([1, 2]);
    expect(job).toMatchObject({ status: 'succeeded', endedAt: 900, tasks: old.tasks, epochMetrics: old.epochMetrics });
  });
});

describe('createIdbJobStore.append', () => {
  it('writes a chunk per report under [job id, sequence] and rewrites only the small header', async () => {
    const dbName = freshDbName();
    const store = createIdbJobStore(dbName);
    const header = {
      kind: 'fit' as const,
      notebookId: 'nb',
      notebookTitle: 'T',
      cellId: 'c1',
      status: 'running' as const,
      startedAt: 5,
      updatedAt: Date.now(),
      config: { executors: 2, backends: ['cpu'] },
    };
    await store.append('j', { header });
    for (let i = 1; i <= 3; i++)
      await store.append('j', {
        header: { updatedAt: Date.now() },
        chunk: { stepMetrics: [{ step: i, epoch: 0, values: { loss: 1 / i } }] },
      });
    await store.append('j', { header: { updatedAt: Date.now() } });
    const db = await openSparkbookDb(dbName);
    expect(await db.getAllKeys('jobChunks')).toEqual([
      ['j', 0],
      ['j', 1],
      ['j', 2],
    ]);
    expect(await db.get('jobs', 'j')).toMatchObject({ chunks: 3, stepMetrics: [] });
    expect((await store.get('j'))!.stepMetrics.map((p) => p.step)).toEqual([1, 2, 3]);
    await store.delete('j');
    expect(await db.getAllKeys('jobChunks')).toEqual([]);
  });
});
