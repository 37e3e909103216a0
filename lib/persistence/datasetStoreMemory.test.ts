import { describeDatasetStoreContract } from './datasetStore.contract';
import { createMemoryDatasetStore } from './datasetStoreMemory';

describeDatasetStoreContract('createMemoryDatasetStore', async () => {
  const records = new Map<string, unknown>();
  return {
    store: createMemoryDatasetStore(records),
    async putRaw(record: unknown) {
      records.set((record as { name: string }).name, record);
    },
  };
});
