import { describe, expect, it } from 'vitest';
import { createMemoryNotebookStore } from './memoryNotebookStore';
import { describeNotebookStoreContract, sampleNotebook } from './notebookStore.contract';
import { keyOf } from './storedRecords';

describeNotebookStoreContract('createMemoryNotebookStore', async () => {
  const records = new Map<string, unknown>();
  return {
    store: createMemoryNotebookStore(records),
    async putRaw(record: unknown) {
      records.set(keyOf(record), record);
    },
  };
});

describe('createMemoryNotebookStore', () => {
  it('reads the records it is given, as if they were already in the database', async () => {
    const nb = sampleNotebook('a', 1);
    const store = createMemoryNotebookStore(new Map([[nb.id, nb]]));
    expect(await store.get(nb.id)).toEqual(nb);
  });

  it('lets two stores over the same records see each other’s writes, like two tabs', async () => {
    const records = new Map<string, unknown>();
    await createMemoryNotebookStore(records).put(sampleNotebook('a', 1));
    expect(await createMemoryNotebookStore(records).list()).toHaveLength(1);
  });
});
