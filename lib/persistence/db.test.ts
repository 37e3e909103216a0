import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSparkbookDb, SPARKBOOK_DB_VERSION } from './db';

describe('openSparkbookDb', () => {
  it('creates the notebooks, jobs and models stores with their indexes at version 1', async () => {
    const db = await openSparkbookDb('db-test-schema');
    expect(db.version).toBe(SPARKBOOK_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['jobs', 'models', 'notebooks']);
    const tx = db.transaction(['notebooks', 'jobs', 'models']);
    expect(tx.objectStore('notebooks').keyPath).toBe('id');
    expect([...tx.objectStore('notebooks').indexNames]).toEqual(['updatedAt']);
    expect([...tx.objectStore('jobs').indexNames].sort()).toEqual(['notebookId', 'startedAt']);
    expect(tx.objectStore('models').keyPath).toBe('id');
    await tx.done;
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
