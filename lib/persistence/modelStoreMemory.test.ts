import { describeModelStoreContract } from './modelStore.contract';
import { createMemoryModelStore } from './modelStoreMemory';

describeModelStoreContract('createMemoryModelStore', async () => {
  const models = new Map<string, unknown>();
  return {
    store: createMemoryModelStore(models),
    async putRaw(record: unknown) {
      models.set((record as { id: string }).id, record);
    },
  };
});
