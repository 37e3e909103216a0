import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSparkbookDb, SPARKBOOK_DB_VERSION } from './db';

describe('openSparkbookDb', () => {
  it('creates the notebooks, notebook outputs, jobs, models and model artifacts stores with their indexes', async () => {
    const db = await openSparkbookDb('db-test-schema');
    expect(db.version).toBe(SPARKBOOK_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['jobs', 'modelArtifacts', 'models', 'notebookOutputs', 'notebooks']);
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
