import type { JobRecord } from '../jobs/jobRecord';
import { readJobRecord, readJobRecords, type JobStore } from './jobStore';

/**
 * The IndexedDB job store's twin in memory, for tests and for environments without IndexedDB.
 * Like IndexedDB it stores copies (structuredClone) and validates what it reads back.
 *
 * `records` plays the part of the database (key -> raw record): pass one to share it between
 * stores, or to write records past put() (e.g. a corrupt one, to test how the UI copes).
 */
export function createMemoryJobStore(records: Map<string, unknown> = new Map()): JobStore {
  return {
    async list() {
      return readJobRecords([...records.values()].map((r) => structuredClone(r)), Date.now());
    },
    async get(id: string) {
      const record = records.get(id);
      return record === undefined ? undefined : readJobRecord(structuredClone(record), Date.now(), id);
    },
    async put(job: JobRecord) {
      records.set(job.id, structuredClone(job));
    },
    async delete(id: string) {
      records.delete(id);
    },
  };
}
