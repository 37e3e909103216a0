/**
 * How a job is kept: a header record in 'jobs' (what ran, status, configuration, evaluation,
 * and the number of chunks) and its growing series in 'jobChunks', one chunk per report of the
 * running job, appended and never rewritten. A job is read back whole by adding its chunks, in
 * order, to the header (records saved before chunks existed hold their series inline: they read
 * as they are).
 */
import { appendChunk, jobChunkSchema, type JobChunk } from '../jobs/jobDelta';
import type { JobRecord } from '../jobs/jobRecord';
import { thinSteps } from '../jobs/stepThinning';
import type { z } from 'zod';

/** The header's fields a report may set (the growing series go in chunks). */
export type JobHeaderPatch = Partial<Omit<JobRecord, 'id' | 'stepMetrics' | 'epochMetrics' | 'tasks' | 'lostExecutors'>>;

/** What a running job's report adds to its history. */
export interface JobAppend {
  header: JobHeaderPatch;
  chunk?: JobChunk;
}

/** A chunk as stored, under its key. */
export interface StoredJobChunk extends JobChunk {
  jobId: string;
  seq: number;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The header after a report: a new job's header starts with empty series, so it reads as a job by itself. */
export function nextHeader(old: unknown, jobId: string, patch: JobHeaderPatch, addsChunk: boolean): { header: Raw; seq: number } {
  const base: Raw = isObject(old) ? old : { id: jobId, stepMetrics: [], epochMetrics: [], tasks: [], lostExecutors: [] };
  const seq = typeof base.chunks === 'number' ? base.chunks : 0;
  return { header: { ...base, ...patch, id: jobId, chunks: seq + (addsChunk ? 1 : 0) }, seq };
}

/** A chunk that can't be read: the job can't be read whole. */
export interface BadChunk {
  seq: unknown;
  error: z.ZodError;
}

/**
 * The whole record from a header and its chunks (in sequence order), for readJobRecord to
 * validate; a header without its series is left for readJobRecord to report.
 */
export function assembleJob(header: unknown, chunks: readonly unknown[]): { record: unknown } | { bad: BadChunk } {
  const series = ['stepMetrics', 'epochMetrics', 'tasks', 'lostExecutors'] as const;
  if (!isObject(header) || series.some((k) => !Array.isArray(header[k]))) return { record: header };
  const record = { ...header } as Raw & Pick<JobRecord, (typeof series)[number]>;
  for (const k of series) record[k] = [...(header[k] as never[])];
  for (const raw of chunks) {
    const chunk = jobChunkSchema.safeParse(raw);
    if (!chunk.success) return { bad: { seq: isObject(raw) ? raw.seq : undefined, error: chunk.error } };
    appendChunk(record, chunk.data);
  }
  record.stepMetrics = thinSteps(record.stepMetrics);
  return { record };
}
