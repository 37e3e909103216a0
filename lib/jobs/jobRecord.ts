/**
 * A cluster job as the job history keeps it (the app's Spark History Server): what ran, how it
 * was configured, its metric series, its evaluation, and its stages and task attempts.
 * Written by the page from the kernel's reports; read back (zod-validated) by /jobs pages.
 */
import { z } from 'zod';
import { sweepSummarySchema } from '../experiments/sweepSummary';

export const jobStatusSchema = z.enum(['running', 'succeeded', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobKindSchema = z.enum(['fit', 'evaluate', 'predict', 'sweep']);
export type JobKind = z.infer<typeof jobKindSchema>;

/** Metric values at one training step or epoch (loss, acc, val_loss, …). */
export const metricPointSchema = z.object({
  step: z.number(),
  epoch: z.number(),
  values: z.record(z.string(), z.number()),
});
export type MetricPoint = z.infer<typeof metricPointSchema>;

/** One attempt of one task (a shard computation), for the executor timeline. */
export const taskEventSchema = z.object({
  stage: z.number(),
  /** The training epoch of the stage (fit jobs; records from before it was kept lack it). */
  epoch: z.number().optional(),
  taskId: z.string(),
  executor: z.string(),
  attempt: z.number(),
  samples: z.number(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  outcome: z.enum(['succeeded', 'failed', 'lost']).optional(),
  error: z.string().optional(),
  /** Where a shared-memory step's time went on this executor (absent on the message path). */
  phases: z.object({ computeMs: z.number(), exchangeMs: z.number(), waitMs: z.number() }).optional(),
});
export type TaskEvent = z.infer<typeof taskEventSchema>;

/** How the job was set up. */
export const jobConfigSchema = z.object({
  mode: z.enum(['sync', 'averaging']).optional(),
  /** How executors exchanged gradients: all-reduce in shared memory, or messages through the kernel. */
  exchange: z.enum(['shared-memory', 'messages']).optional(),
  averagingFrequency: z.number().optional(),
  executors: z.number(),
  backends: z.array(z.string()),
  batchSize: z.number().optional(),
  /** Inference jobs given rows per executor task (DL4J's batchSizePerWorker) instead of a global batch size. */
  batchSizePerWorker: z.number().optional(),
  epochs: z.number().optional(),
  optimizer: z.string().optional(),
  learningRate: z.number().optional(),
  loss: z.string().optional(),
  seed: z.number().optional(),
  samples: z.number().optional(),
  validation: z.number().optional(),
  params: z.number().optional(),
});
export type JobConfig = z.infer<typeof jobConfigSchema>;

/** The final evaluation of an evaluate job (classification or regression), as saved. */
export const jobEvaluationSchema = z.union([
  z.object({
    kind: z.literal('classification'),
    loss: z.number(),
    accuracy: z.number(),
    classNames: z.array(z.string()),
    confusionMatrix: z.array(z.array(z.number())),
    precision: z.array(z.number()),
    recall: z.array(z.number()),
    f1: z.array(z.number()),
    support: z.array(z.number()),
    macro: z.object({ precision: z.number(), recall: z.number(), f1: z.number() }),
  }),
  z.object({
    kind: z.literal('regression'),
    loss: z.number(),
    mse: z.number(),
    mae: z.number(),
    rmse: z.number(),
    r2: z.number(),
    count: z.number(),
  }),
]);
export type JobEvaluation = z.infer<typeof jobEvaluationSchema>;

export const jobRecordSchema = z.object({
  id: z.string(),
  kind: jobKindSchema,
  notebookId: z.string(),
  notebookTitle: z.string(),
  cellId: z.string(),
  status: jobStatusSchema,
  startedAt: z.number(),
  endedAt: z.number().optional(),
  /** Last time the page heard of it: a "running" job not updated for long was orphaned by a closed page. */
  updatedAt: z.number(),
  error: z.string().optional(),
  config: jobConfigSchema,
  stepMetrics: z.array(metricPointSchema),
  epochMetrics: z.array(metricPointSchema),
  evaluation: jobEvaluationSchema.optional(),
  tasks: z.array(taskEventSchema),
  /** Executors that died or were removed while the job ran. */
  lostExecutors: z.array(z.object({ executor: z.string(), at: z.number(), reason: z.string() })),
  /** A sweep job's results (kind 'sweep'). */
  sweep: sweepSummarySchema.optional(),
  /** A sweep configuration's fit job: the sweep it belongs to. */
  sweepJobId: z.string().optional(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** The kernel's part of a record (the page adds notebook id/title and timestamps). */
export const kernelJobRecordSchema = jobRecordSchema.omit({ notebookId: true, notebookTitle: true, updatedAt: true });
export type KernelJobRecord = z.infer<typeof kernelJobRecordSchema>;

/** A running job whose page stopped reporting this long ago was cut off (page closed or crashed). */
export const ORPHAN_AFTER_MS = 30_000;

/** Shows a job left "running" by a closed page as failed, not as running forever. */
export function settleOrphan(job: JobRecord, now: number): JobRecord {
  if (job.status !== 'running' || now - job.updatedAt < ORPHAN_AFTER_MS) return job;
  return {
    ...job,
    status: 'failed',
    endedAt: job.updatedAt,
    error: job.error ?? 'The page running this job was closed before it finished.',
  };
}
