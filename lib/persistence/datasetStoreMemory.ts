import type { DatasetRecord } from '../datasets/datasetRecord';
import { readDatasetBytes, readDatasetRecord, readDatasetRecords, type DatasetStore, type NewDataset } from './datasetStore';

/**
 * The IndexedDB upload store's twin in memory, for tests and for the Node kernel that checks the
 * examples. Like IndexedDB it stores copies and validates what it reads back.
 */
export function createMemoryDatasetStore(
  records: Map<string, unknown> = new Map(),
  contents: Map<string, unknown> = new Map(),
  now: () => number = Date.now,
): DatasetStore {
  return {
    async list() {
      return readDatasetRecords([...records.values()].map((r) => structuredClone(r)));
    },
    async get(name) {
      const record = records.get(name);
      return record === undefined ? undefined : readDatasetRecord(structuredClone(record), name);
    },
    async bytes(name) {
      const record = contents.get(name);
      return readDatasetBytes(record === undefined ? undefined : structuredClone(record), name);
    },
    async put(dataset: NewDataset, bytes: ArrayBuffer) {
      const replaced = records.has(dataset.name);
      const record: DatasetRecord = { ...dataset, uploadedAt: now() };
      contents.set(dataset.name, { name: dataset.name, bytes: bytes.slice(0) });
      records.set(dataset.name, structuredClone(record));
      return { record, replaced };
    },
    async delete(key) {
      records.delete(key);
      contents.delete(key);
    },
  };
}
