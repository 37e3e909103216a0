import type { JobRecord } from '../jobs/jobRecord';
import { isEmptyChunk } from '../jobs/jobDelta';
import { nextHeader, type JobAppend } from './jobChunks';
import { readJobRecords, readStoredJob, type JobStore } from './jobStore';

/**
 * The IndexedDB job store's twin in memory, for tests and for environments without IndexedDB.
 * Like IndexedDB it stores copies (structuredClone), keeps headers and chunks apart, and
 * validates what it reads back.
 *
 * `records` plays the part of the 'jobs' store (key -> raw header) and `chunks` of 'jobChunks'
 * (job id -> raw chunks in sequence): pass them to share them between stores, or to write
 * records past put() (e.g. a corrupt one, or one in an older format, to test how the UI copes).
 */
export function createMemoryJobStore(records: Map<string, unknown> = new Map(), chunks: Map<string, unknown[]> = new Map()): JobStore {
  const chunksOf = (id: string) => structuredClone(chunks.get(id) ?? []);
  return {
    async list() {
      return readJobRecords(
        [...records.values()].map((r) => structuredClone(r)),
        Date.now(),
        chunksOf,
      );
    },
    async get(id: string) {
      const record = records.get(id);
      return record === undefined ? undefined : readStoredJob(structuredClone(record), chunksOf(id), Date.now(), id);
    },
    async put(job: JobRecord) {
      records.set(job.id, structuredClone({ ...job, chunks: 0 }));
      chunks.delete(job.id);
    },
    async append(jobId: string, { header, chunk }: JobAppend) {
      const adds = !isEmptyChunk(chunk);
      const next = nextHeader(records.get(jobId), jobId, header, adds);
      records.set(jobId, structuredClone(next.header));
      if (adds) chunks.set(jobId, [...(chunks.get(jobId) ?? []), structuredClone({ ...chunk, jobId, seq: next.seq })]);
    },
    async delete(id: string) {
      records.delete(id);
      chunks.delete(id);
    },
  };
}
