/**
 * What a running job reports to the page, as the changes since its last report: the kernel
 * sends a batch of these a few times a second (one per job that changed), and the page fans each
 * out to the cluster panel's progress and the job history, which appends the new points instead
 * of rewriting the record. Plain data, so it crosses the page/kernel boundary as is.
 */
import { z } from 'zod';
import { sweepSummarySchema } from '../experiments/sweepSummary';
import {
  jobConfigSchema,
  jobEvaluationSchema,
  jobKindSchema,
  jobStatusSchema,
  metricPointSchema,
  taskEventSchema,
  type KernelJobRecord,
} from './jobRecord';

export const lostExecutorSchema = z.object({ executor: z.string(), at: z.number(), reason: z.string() });

/** The growing parts of a record that arrived together: appended to what the history has. */
export const jobChunkSchema = z.object({
  /** A retried task started its epochs again: the series recorded so far go before these are added. */
  restart: z.boolean().optional(),
  stepMetrics: z.array(metricPointSchema).optional(),
  epochMetrics: z.array(metricPointSchema).optional(),
  tasks: z.array(taskEventSchema).optional(),
  lostExecutors: z.array(lostExecutorSchema).optional(),
});
export type JobChunk = z.infer<typeof jobChunkSchema>;

/** Where a job is, as the panel's progress bar shows it. */
export const jobPositionSchema = z.object({ step: z.number(), totalSteps: z.number(), epoch: z.number(), epochs: z.number() }).partial();
export type JobPosition = z.infer<typeof jobPositionSchema>;

export const jobDeltaSchema = z.object({
  jobId: z.string(),
  /** The job began (its first delta only). */
  start: z.object({ kind: jobKindSchema, cellId: z.string(), startedAt: z.number() }).optional(),
  config: jobConfigSchema.optional(),
  /** A sweep configuration's fit job: the sweep it belongs to. */
  sweepJobId: z.string().optional(),
  position: jobPositionSchema.optional(),
  /** A sweep's results so far (small, so replaced whole). */
  sweep: sweepSummarySchema.optional(),
  evaluation: jobEvaluationSchema.optional(),
  added: jobChunkSchema.optional(),
  /** The job ended (its last delta). */
  end: z.object({ status: jobStatusSchema.exclude(['running']), endedAt: z.number(), error: z.string().optional() }).optional(),
});
export type JobDelta = z.infer<typeof jobDeltaSchema>;

/** True when a chunk adds nothing (so no chunk need be stored). */
export function isEmptyChunk(chunk: JobChunk | undefined): boolean {
  if (!chunk) return true;
  return (
    !chunk.restart && !chunk.stepMetrics?.length && !chunk.epochMetrics?.length && !chunk.tasks?.length && !chunk.lostExecutors?.length
  );
}

/** Appends a chunk's points to a record's series (in place), clearing the metric series first on a restart. */
export function appendChunk<R extends Pick<KernelJobRecord, 'stepMetrics' | 'epochMetrics' | 'tasks' | 'lostExecutors'>>(
  record: R,
  chunk: JobChunk,
): R {
  if (chunk.restart) {
    record.stepMetrics = [];
    record.epochMetrics = [];
  }
  if (chunk.stepMetrics) record.stepMetrics.push(...chunk.stepMetrics);
  if (chunk.epochMetrics) record.epochMetrics.push(...chunk.epochMetrics);
  if (chunk.tasks) record.tasks.push(...chunk.tasks);
  if (chunk.lostExecutors) record.lostExecutors.push(...chunk.lostExecutors);
  return record;
}

/**
 * The record after a delta (a new object; `record` is left as it was). The reference for what
 * the page's stores assemble from a header and its chunks; undefined while the job's start is unknown.
 */
export function applyJobDelta(record: KernelJobRecord | undefined, delta: JobDelta): KernelJobRecord | undefined {
  let next: KernelJobRecord | undefined = record && structuredClone(record);
  if (!next) {
    if (!delta.start) return undefined;
    next = {
      id: delta.jobId,
      ...delta.start,
      status: 'running',
      config: { executors: 0, backends: [] },
      stepMetrics: [],
      epochMetrics: [],
      tasks: [],
      lostExecutors: [],
    };
  }
  if (delta.config) next.config = delta.config;
  if (delta.sweepJobId) next.sweepJobId = delta.sweepJobId;
  if (delta.sweep) next.sweep = delta.sweep;
  if (delta.evaluation) next.evaluation = delta.evaluation;
  if (delta.added) appendChunk(next, structuredClone(delta.added));
  if (delta.end) {
    next.status = delta.end.status;
    next.endedAt = delta.end.endedAt;
    if (delta.end.error) next.error = delta.end.error;
  }
  return next;
}
