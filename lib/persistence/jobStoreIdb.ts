import type { JobRecord } from '../jobs/jobRecord';
import { isEmptyChunk } from '../jobs/jobDelta';
import { openSparkbookDb } from './db';
import { nextHeader, type JobAppend } from './jobChunks';
import { readJobRecords, readStoredJob, type JobStore } from './jobStore';

/** Every key of one job's chunks. */
const chunksOf = (jobId: string) => IDBKeyRange.bound([jobId, -Infinity], [jobId, Infinity]);

/** The job history in the browser's IndexedDB ('jobs' headers and their 'jobChunks'); the database opens on first use. */
export function createIdbJobStore(dbName = 'sparkbook'): JobStore {
  const db = () => openSparkbookDb(dbName);
  return {
    async list() {
      // Read every record rather than walk the startedAt index: the index silently leaves out
      // records whose startedAt is missing or invalid, and those deserve a warning.
      const tx = (await db()).transaction(['jobs', 'jobChunks']);
      const [headers, chunks] = await Promise.all([tx.objectStore('jobs').getAll(), tx.objectStore('jobChunks').getAll()]);
      // Chunks come in key order, [job id, sequence]: grouped, each job's are in sequence.
      const byJob = new Map<string, unknown[]>();
      for (const chunk of chunks as { jobId: string }[]) {
        const list = byJob.get(chunk.jobId) ?? [];
        list.push(chunk);
        byJob.set(chunk.jobId, list);
      }
      return readJobRecords(headers, Date.now(), (id) => byJob.get(id) ?? []);
    },
    async get(id: string) {
      const tx = (await db()).transaction(['jobs', 'jobChunks']);
      const [header, chunks] = await Promise.all([tx.objectStore('jobs').get(id), tx.objectStore('jobChunks').getAll(chunksOf(id))]);
      return header === undefined ? undefined : readStoredJob(header, chunks, Date.now(), id);
    },
    async put(job: JobRecord) {
      const tx = (await db()).transaction(['jobs', 'jobChunks'], 'readwrite');
      await Promise.all([tx.objectStore('jobChunks').delete(chunksOf(job.id)), tx.objectStore('jobs').put({ ...job, chunks: 0 }), tx.done]);
    },
    async append(jobId: string, { header, chunk }: JobAppend) {
      const tx = (await db()).transaction(['jobs', 'jobChunks'], 'readwrite');
      const adds = !isEmptyChunk(chunk);
      const next = nextHeader(await tx.objectStore('jobs').get(jobId), jobId, header, adds);
      const writes: Promise<unknown>[] = [tx.objectStore('jobs').put(next.header)];
      if (adds) writes.push(tx.objectStore('jobChunks').put({ ...chunk, jobId, seq: next.seq }));
      await Promise.all([...writes, tx.done]);
    },
    async delete(id: string) {
      const tx = (await db()).transaction(['jobs', 'jobChunks'], 'readwrite');
      await Promise.all([tx.objectStore('jobChunks').delete(chunksOf(id)), tx.objectStore('jobs').delete(id), tx.done]);
    },
  };
}
