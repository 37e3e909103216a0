import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSparkbookDb, SPARKBOOK_DB_VERSION } from './db';

describe('openSparkbookDb', () => {
  it('creates the notebooks, notebook outputs, jobs, job chunks, models, model artifacts and uploaded data stores with their indexes', async () => {
    const db = await openSparkbookDb('db-test-schema');
    expect(db.version).toBe(SPARKBOOK_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'datasetBytes',
      'datasets',
      'jobChunks',
      'jobs',
      'modelArtifacts',
      'models',
      'notebookOutputs',
      'notebooks',
    ]);
    expect(db.transaction('jobChunks').store.keyPath).toEqual(['jobId', 'seq']);
    expect(db.transaction('datasets').store.keyPath).toBe('name');
    expect(db.transaction('datasetBytes').store.keyPath).toBe('name');
    const tx = db.transaction(['notebooks', 'jobs', 'models', 'modelArtifacts']);
    expect([...tx.objectStore('models').indexNames]).toEqual(['name']);
    expect(tx.objectStore('modelArtifacts').keyPath).toBe('id');
    expect(tx.objectStore('notebooks').keyPath).toBe('id');
    expect([...tx.objectStore('notebooks').indexNames]).toEqual(['updatedAt']);
    expect([...tx.objectStore('jobs').indexNames].sort()).toEqual(['notebookId', 'startedAt']);
    expect(tx.objectStore('models').keyPath).toBe('id');
    await tx.done;
    const outputs = db.transaction('notebookOutputs').store;
    expect(outputs.keyPath).toEqual(['notebookId', 'cellId']);
    expect([...outputs.indexNames]).toEqual(['notebookId']);
  });

  it('upgrades a version 1 database, keeping its notebooks and jobs', async () => {
    const name = 'db-test-from-v1';
    const v1 = indexedDB.open(name, 1);
    v1.onupgradeneeded = () => {
      const db = v1.result;
      db.createObjectStore('notebooks', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('notebookId', 'notebookId');
      jobs.createIndex('startedAt', 'startedAt');
      db.createObjectStore('models', { keyPath: 'id' });
      jobs.put({ id: 'job-1', notebookId: 'nb', startedAt: 1 });
    };
    await new Promise((resolve, reject) => {
      v1.onsuccess = resolve;
      v1.onerror = reject;
    });
    v1.result.close();
    const db = await openSparkbookDb(name);
    expect(db.version).toBe(SPARKBOOK_DB_VERSION);
    expect(await db.get('jobs', 'job-1')).toEqual({ id: 'job-1', notebookId: 'nb', startedAt: 1 });
    expect([...db.transaction('models').store.indexNames]).toEqual(['name']);
  });

  it('upgrades a version 2 database, adding the uploaded data stores and keeping every record', async () => {
    const name = 'db-test-from-v2';
    const v2 = indexedDB.open(name, 2);
    v2.onupgradeneeded = () => {
      const db = v2.result;
      db.createObjectStore('notebooks', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('notebookId', 'notebookId');
      jobs.createIndex('startedAt', 'startedAt');
      const models = db.createObjectStore('models', { keyPath: 'id' });
      models.createIndex('name', 'name');
      const artifacts = db.createObjectStore('modelArtifacts', { keyPath: 'id' });
      models.put({ id: 'model-1', name: 'iris', version: 1 });
      artifacts.put({ id: 'model-1', weightData: new ArrayBuffer(8) });
      v2.transaction!.objectStore('notebooks').put({ id: 'nb-1', updatedAt: 5 });
    };
    await new Promise((resolve, reject) => {
      v2.onsuccess = resolve;
      v2.onerror = reject;
    });
    v2.result.close();
    const db = await openSparkbookDb(name);
    expect(db.version).toBe(SPARKBOOK_DB_VERSION);
    expect(await db.get('models', 'model-1')).toEqual({ id: 'model-1', name: 'iris', version: 1 });
    expect(await db.get('notebooks', 'nb-1')).toEqual({ id: 'nb-1', updatedAt: 5 });
    expect(((await db.get('modelArtifacts', 'model-1')) as { weightData: ArrayBuffer }).weightData.byteLength).toBe(8);
    expect([...db.transaction('models').store.indexNames]).toEqual(['name']);
    expect(await db.getAll('datasets')).toEqual([]);
    expect(await db.getAll('datasetBytes')).toEqual([]);
  });

  it('shares one connection between callers', async () => {
    expect(await openSparkbookDb('db-test-shared')).toBe(await openSparkbookDb('db-test-shared'));
  });

  it('lets a newer version in another tab upgrade, reopening on next use', async () => {
    const first = await openSparkbookDb('db-test-upgrade');
    const newer = indexedDB.open('db-test-upgrade', SPARKBOOK_DB_VERSION + 1);
    await new Promise((resolve, reject) => {
      newer.onsuccess = resolve;
      newer.onerror = reject;
    });
    newer.result.close();
    // Our connection stepped aside; reopening it as the older version asks the user to reload.
    await expect(openSparkbookDb('db-test-upgrade')).rejects.toThrow(/newer version of Sparkbook.*Reload this page/);
    expect(first).toBeDefined();
  });

  it('explains that notebooks cannot be saved when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openSparkbookDb('db-test-missing')).rejects.toThrow(/IndexedDB is not available here/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
