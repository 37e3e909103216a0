import type { ModelRecord, NewModel } from '../models/modelRecord';
import { openSparkbookDb } from './db';
import {
  isQuotaError,
  newModelId,
  nextVersion,
  readModelArtifacts,
  readModelRecord,
  readModelRecords,
  resolveModelRef,
  storageFullError,
  type ModelArtifactsInput,
  type ModelStore,
} from './modelStore';

/** The model repository in the browser's IndexedDB ('models' and 'modelArtifacts' stores). */
export function createIdbModelStore(dbName = 'sparkbook'): ModelStore {
  const db = () => openSparkbookDb(dbName);
  const list = async () => readModelRecords(await (await db()).getAll('models'));
  return {
    list,
    async get(id) {
      const record = await (await db()).get('models', id);
      return record === undefined ? undefined : readModelRecord(record, id);
    },
    async resolve(ref) {
      return resolveModelRef(await list(), ref);
    },
    async artifacts(id) {
      return readModelArtifacts(await (await db()).get('modelArtifacts', id), id);
    },
    async save(model: NewModel, input: ModelArtifactsInput) {
      // One transaction: the version is read and both records written atomically, so two saves
      // of a name (the kernel and an import on the page) cannot take the same version, and a
      // failure (quota) leaves neither record behind.
      const tx = (await db()).transaction(['models', 'modelArtifacts'], 'readwrite');
      try {
        const sameName = await tx.objectStore('models').index('name').getAll(model.name);
        const now = Date.now();
        const record: ModelRecord = {
          ...model,
          id: newModelId(now),
          version: nextVersion(sameName as { version: number }[]),
          createdAt: now,
        };
        // The requests' own rejections repeat the transaction's; tx.done reports the failure.
        tx.objectStore('modelArtifacts')
          .put({ ...input, id: record.id })
          .catch(() => {});
        tx.objectStore('models')
          .put(record)
          .catch(() => {});
        await tx.done;
        return record;
      } catch (error) {
        tx.done.catch(() => {});
        try {
          tx.abort();
        } catch {
          // already aborted by the failure
        }
        if (isQuotaError(error)) throw storageFullError(input.weightData.byteLength, error);
        throw error;
      }
    },
    async delete(id) {
      const tx = (await db()).transaction(['models', 'modelArtifacts'], 'readwrite');
      await Promise.all([tx.objectStore('models').delete(id), tx.objectStore('modelArtifacts').delete(id), tx.done]);
    },
  };
}
