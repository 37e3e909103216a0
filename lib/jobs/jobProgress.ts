/**
 * A cluster job's live progress: the kernel posts it a few times a second at most, the Spark
 * workers panel shows it. Plain data, so it crosses the page/kernel boundary as is.
 */
import { z } from 'zod';
import type { CellId } from '../notebook/ids';
import { jobKindSchema, jobStatusSchema } from './jobRecord';

export const jobProgressSchema = z.object({
  jobId: z.string(),
  kind: jobKindSchema,
  cellId: z.custom<CellId>((v) => typeof v === 'string'),
  status: jobStatusSchema,
  step: z.number(),
  totalSteps: z.number(),
  epoch: z.number(),
  epochs: z.number(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  error: z.string().optional(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;
