import type { JobRecord } from '../jobs/jobRecord';
import { openSparkbookDb } from './db';
import { readJobRecord, readJobRecords, type JobStore } from './jobStore';

/** The job history in the browser's IndexedDB ('jobs' store); the database opens on first use. */
export function createIdbJobStore(dbName = 'sparkbook'): JobStore {
  const db = () => openSparkbookDb(dbName);
  return {
    async list() {
      // Read every record rather than walk the startedAt index: the index silently leaves out
      // records whose startedAt is missing or invalid, and those deserve a warning.
      return readJobRecords(await (await db()).getAll('jobs'), Date.now());
    },
    async get(id: string) {
      const record = await (await db()).get('jobs', id);
      return record === undefined ? undefined : readJobRecord(record, Date.now(), id);
    },
    async put(job: JobRecord) {
      await (await db()).put('jobs', job);
    },
    async delete(id: string) {
      await (await db()).delete('jobs', id);
    },
  };
}
