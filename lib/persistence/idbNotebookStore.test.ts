import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
});
