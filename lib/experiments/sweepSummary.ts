/**
 * A parameter sweep's results as the notebook shows them and the job history keeps them: one
 * row per configuration (the swept values, its metrics, whether it was trained now or reused
 * from the model repository). The MIME payload of a sweep output and the `sweep` field of a
 * sweep job are this same object, validated with zod wherever it is read.
 */
import { z } from 'zod';

export const sweepValueSchema = z.union([z.number(), z.string(), z.boolean()]);
/** One value of a swept parameter. */
export type SweepValue = z.infer<typeof sweepValueSchema>;

export const sweepRowStatusSchema = z.enum(['trained', 'reused', 'diverged', 'failed']);
export type SweepRowStatus = z.infer<typeof sweepRowStatusSchema>;

export const sweepRowSchema = z.object({
  /** The configuration's key: a hash of its values, model, compile settings, fit options and data. */
  key: z.string(),
  values: z.record(z.string(), sweepValueSchema),
  /** On the evaluation data (validationData, else the training data); macro averages over classes. */
  accuracy: z.number().optional(),
  precision: z.number().optional(),
  recall: z.number().optional(),
  f1: z.number().optional(),
  /** The final loss on the evaluation data (NaN-free: a diverged run has none). */
  loss: z.number().optional(),
  /** Training time of the run that produced the result (the original run when reused). */
  seconds: z.number(),
  /** trained or reused: a result; diverged: the loss became NaN or infinite and training stopped; failed: an error. */
  status: sweepRowStatusSchema,
  /** True when the result came from the model repository instead of being computed by this run (status keeps 'diverged' for a reused diverged run). */
  reused: z.boolean(),
  /** Why a configuration diverged or failed. */
  error: z.string().optional(),
  /** The configuration's fit job in the job history. */
  jobId: z.string().optional(),
  /** Its trained model in the repository, named `<sweep name>/<key>`. */
  modelId: z.string().optional(),
});
export type SweepRow = z.infer<typeof sweepRowSchema>;

export const sweepSummarySchema = z.object({
  name: z.string(),
  /** The sweep's own job (kind 'sweep'). */
  jobId: z.string(),
  /** Parameter names in the grid's order, and the values of each. */
  grid: z.record(z.string(), z.array(sweepValueSchema)),
  params: z.array(z.string()),
  rows: z.array(sweepRowSchema),
  trained: z.number().int().nonnegative(),
  reused: z.number().int().nonnegative(),
  diverged: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Rows still to come while the sweep runs (0 when it is done). */
  pending: z.number().int().nonnegative(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
});
export type SweepSummary = z.infer<typeof sweepSummarySchema>;

/** "12 configurations: 8 reused, 4 trained" (and diverged/failed when there are any). */
export function sweepCountsText(s: Pick<SweepSummary, 'rows' | 'trained' | 'reused' | 'diverged' | 'failed' | 'pending'>): string {
  const parts = [`${s.reused} reused`, `${s.trained} trained`];
  if (s.diverged) parts.push(`${s.diverged} diverged`);
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.pending) parts.push(`${s.pending} to go`);
  const total = s.rows.length + s.pending;
  return `${total} configuration${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
