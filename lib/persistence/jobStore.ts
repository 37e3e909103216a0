/**
 * Where the job history is saved: IndexedDB's 'jobs' store in the browser, memory in tests.
 * Both validate what they read (a record may have been written by another version of the app)
 * and show a job left "running" by a closed page as failed (settleOrphan).
 */
import { jobRecordSchema, settleOrphan, type JobRecord } from '../jobs/jobRecord';
import { describeZodError, formatIssuePath } from '../notebook/zodIssues';
import { CorruptRecordError, keyOf } from './storedRecords';

export interface JobStore {
  /** Every readable job, newest first (by start); unreadable records are skipped with a warning. */
  list(): Promise<JobRecord[]>;
  /** The job, or undefined if there is none; throws CorruptRecordError if it can't be read. */
  get(id: string): Promise<JobRecord | undefined>;
  /** Saves (creates or replaces) the job under its id. */
  put(job: JobRecord): Promise<void>;
  /** Deletes the job; deleting one that doesn't exist does nothing. */
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
  const path = formatIssuePath(result.error.issues[0]?.path ?? []);
  const detail = describeZodError(result.error);
  const error = new CorruptRecordError('jobs', key, path, detail);
  // The shared message points at the gallery; a job is deleted from the job history.
  error.message =
    `Stored job "${key}" can't be read (${detail}). ` +
    'It may have been saved by a newer version of Sparkbook: reload the page. ' +
    'If this keeps happening, delete it on its page in Jobs.';
  throw error;
}

/** Validates many records, newest first, skipping (with a console warning) those that can't be read. */
export function readJobRecords(records: readonly unknown[], now: number): JobRecord[] {
  const jobs: JobRecord[] = [];
  for (const record of records) {
    try {
      jobs.push(readJobRecord(record, now));
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error;
      // One bad record must not hide every other job from the history.
      console.warn(`Skipping a stored job: ${error.message}`);
    }
  }
  return jobs.sort(newestJobFirst);
}
