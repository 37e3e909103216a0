import type { ModelRecord, NewModel } from '../models/modelRecord';
import {
  newModelId,
  nextVersion,
  readModelArtifacts,
  readModelRecord,
  readModelRecords,
  resolveModelRef,
  type ModelArtifactsInput,
  type ModelStore,
} from './modelStore';

/**
 * The IndexedDB model store's twin in memory, for tests and for the Node kernel that checks the
 * examples. Like IndexedDB it stores copies and validates what it reads back.
 */
export function createMemoryModelStore(
  models: Map<string, unknown> = new Map(),
  artifacts: Map<string, unknown> = new Map(),
  now: () => number = Date.now,
): ModelStore {
  const list = async () => readModelRecords([...models.values()].map((r) => structuredClone(r)));
  return {
    list,
    async get(id) {
      const record = models.get(id);
      return record === undefined ? undefined : readModelRecord(structuredClone(record), id);
    },
    async resolve(ref) {
      return resolveModelRef(await list(), ref);
    },
    async artifacts(id) {
      const record = artifacts.get(id);
      return readModelArtifacts(record === undefined ? undefined : structuredClone(record), id);
    },
    async save(model: NewModel, input: ModelArtifactsInput) {
      const sameName = (await list()).filter((r) => r.name === model.name);
      const record: ModelRecord = { ...model, id: newModelId(now()), version: nextVersion(sameName), createdAt: now() };
      artifacts.set(record.id, structuredClone({ ...input, id: record.id }));
      models.set(record.id, structuredClone(record));
      return record;
    },
    async delete(id) {
      models.delete(id);
      artifacts.delete(id);
    },
  };
}
