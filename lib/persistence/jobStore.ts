/**
 * Where the job history is saved: IndexedDB's 'jobs' and 'jobChunks' stores in the browser,
 * memory in tests. A running job's reports are appended (jobChunks.ts); a job is read whole.
 * Both validate what they read (a record may have been written by another version of the app)
 * and show a job left "running" by a closed page as failed (settleOrphan).
 */
import { jobRecordSchema, settleOrphan, type JobRecord } from '../jobs/jobRecord';
import { describeZodError, formatIssuePath } from '../notebook/zodIssues';
import { assembleJob, type JobAppend } from './jobChunks';
import { CorruptRecordError, keyOf } from './storedRecords';

export type { JobAppend, JobHeaderPatch } from './jobChunks';

export interface JobStore {
  /** Every readable job, newest first (by start); unreadable records are skipped with a warning. */
  list(): Promise<JobRecord[]>;
  /** The job, or undefined if there is none; throws CorruptRecordError if it can't be read. */
  get(id: string): Promise<JobRecord | undefined>;
  /** Saves (creates or replaces) the whole job under its id. */
  put(job: JobRecord): Promise<void>;
  /**
   * Adds a running job's report: merges `header` into the job's header (creating it at the
   * job's first report) and appends `chunk` after what the job already has, rewriting neither.
   */
  append(jobId: string, update: JobAppend): Promise<void>;
  /** Deletes the job and its chunks; deleting one that doesn't exist does nothing. */
  delete(id: string): Promise<void>;
}

/** Newest first; ties by id so that every store lists in the same, stable order. */
export function newestJobFirst(a: JobRecord, b: JobRecord): number {
  return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Validates a job record read from storage and settles it if orphaned; throws CorruptRecordError naming its key. */
export function readJobRecord(record: unknown, now: number, key: string = keyOf(record)): JobRecord {
  const result = jobRecordSchema.safeParse(record);
  if (result.success) return settleOrphan(result.data, now);
  throw corruptJob(key, formatIssuePath(result.error.issues[0]?.path ?? []), describeZodError(result.error));
}

/** A job read from its header and chunks (in sequence order), validated as readJobRecord does. */
export function readStoredJob(header: unknown, chunks: readonly unknown[], now: number, key: string = keyOf(header)): JobRecord {
  const assembled = assembleJob(header, chunks);
  if ('record' in assembled) return readJobRecord(assembled.record, now, key);
  const { seq, error } = assembled.bad;
  throw corruptJob(
    key,
    `chunks[${String(seq)}].${formatIssuePath(error.issues[0]?.path ?? [])}`,
    `chunk ${String(seq)}: ${describeZodError(error)}`,
  );
}

function corruptJob(key: string, path: string, detail: string): CorruptRecordError {
  const error = new CorruptRecordError('jobs', key, path, detail);
  // The shared message points at the gallery; a job is deleted from the job history.
  error.message =
    `Stored job "${key}" can't be read (${detail}). ` +
    'It may have been saved by a newer version of Sparkbook: reload the page. ' +
    'If this keeps happening, delete it on its page in Jobs.';
  return error;
}

/** Validates many records, newest first, skipping (with a console warning) those that can't be read; `chunksOf` gives a header's chunks. */
export function readJobRecords(
  records: readonly unknown[],
  now: number,
  chunksOf: (key: string) => readonly unknown[] = () => [],
): JobRecord[] {
  const jobs: JobRecord[] = [];
  for (const record of records) {
    try {
      jobs.push(readStoredJob(record, chunksOf(keyOf(record)), now));
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error;
      // One bad record must not hide every other job from the history.
      console.warn(`Skipping a stored job: ${error.message}`);
    }
  }
  return jobs.sort(newestJobFirst);
}
