import type { DatasetRecord } from '../datasets/datasetRecord';
import { openSparkbookDb } from './db';
import {
  datasetStorageFullError,
  readDatasetBytes,
  readDatasetRecord,
  readDatasetRecords,
  type DatasetStore,
  type NewDataset,
} from './datasetStore';
import { isQuotaError } from './modelStore';

/** Uploaded data in the browser's IndexedDB ('datasets' and 'datasetBytes' stores). */
export function createIdbDatasetStore(dbName = 'sparkbook'): DatasetStore {
  const db = () => openSparkbookDb(dbName);
  return {
    async list() {
      return readDatasetRecords(await (await db()).getAll('datasets'));
    },
    async get(name) {
      const record = await (await db()).get('datasets', name);
      return record === undefined ? undefined : readDatasetRecord(record, name);
    },
    async bytes(name) {
      return readDatasetBytes(await (await db()).get('datasetBytes', name), name);
    },
    async put(dataset: NewDataset, bytes: ArrayBuffer) {
      // One transaction: a failure (quota, a closed tab) leaves neither record, and a replaced
      // upload keeps its old contents until the new ones are stored whole.
      const tx = (await db()).transaction(['datasets', 'datasetBytes'], 'readwrite');
      try {
        const replaced = (await tx.objectStore('datasets').getKey(dataset.name)) !== undefined;
        const record: DatasetRecord = { ...dataset, uploadedAt: Date.now() };
        // The requests' own rejections repeat the transaction's; tx.done reports the failure.
        tx.objectStore('datasetBytes')
          .put({ name: dataset.name, bytes })
          .catch(() => {});
        tx.objectStore('datasets')
          .put(record)
          .catch(() => {});
        await tx.done;
        return { record, replaced };
      } catch (error) {
        tx.done.catch(() => {});
        try {
          tx.abort();
        } catch {
          // already aborted by the failure
        }
        if (isQuotaError(error)) throw datasetStorageFullError(dataset.name, bytes.byteLength, error);
        throw error;
      }
    },
    async delete(name) {
      const tx = (await db()).transaction(['datasets', 'datasetBytes'], 'readwrite');
      await Promise.all([tx.objectStore('datasets').delete(name), tx.objectStore('datasetBytes').delete(name), tx.done]);
    },
  };
}
