/**
 * What the job history shows about a job at a glance: how long it ran and where its metrics
 * ended. Pure, so the table and the detail page agree and are tested without rendering.
 */
import type { JobRecord } from './jobRecord';

/**
 * How long the job ran, in ms: start to end, or, while it has no end, to `now` (when given)
 * or to the last time the page heard from it.
 */
export function jobDuration(job: Pick<JobRecord, 'startedAt' | 'endedAt' | 'updatedAt'>, now?: number): number {
  return Math.max(0, (job.endedAt ?? now ?? job.updatedAt) - job.startedAt);
}

/** Metric name -> value, e.g. { loss: 0.21, acc: 0.94, val_loss: 0.25 }. */
export type FinalMetrics = Record<string, number>;

/**
 * Where the job's metrics ended: the last epoch's values, else the last step's, plus the
 * evaluation's accuracy (classification) or mse (regression). An evaluate job has no training
 * loss, so its evaluation loss stands in for one.
 */
export function finalMetrics(job: Pick<JobRecord, 'epochMetrics' | 'stepMetrics' | 'evaluation'>): FinalMetrics {
  const last = job.epochMetrics.at(-1) ?? job.stepMetrics.at(-1);
  const metrics: FinalMetrics = { ...last?.values };
  const evaluation = job.evaluation;
  if (evaluation) {
    if (evaluation.kind === 'classification') metrics.accuracy = evaluation.accuracy;
    else metrics.mse = evaluation.mse;
    if (!('loss' in metrics)) metrics.loss = evaluation.loss;
  }
  return metrics;
}

/** The accuracy a job ended with, whatever the metric is called (Keras says `acc` or `accuracy`). */
function accuracyOf(metrics: FinalMetrics): number | undefined {
  return metrics.acc ?? metrics.accuracy ?? metrics.categoricalAccuracy ?? metrics.binaryAccuracy;
}

/** The headline metrics, in the order the table shows them: loss, then accuracy, else mse. */
export function headlineMetrics(metrics: FinalMetrics): { name: string; value: number }[] {
  const out: { name: string; value: number }[] = [];
  if (metrics.loss !== undefined) out.push({ name: 'loss', value: metrics.loss });
  const acc = accuracyOf(metrics);
  if (acc !== undefined) out.push({ name: 'acc', value: acc });
  else if (metrics.mse !== undefined) out.push({ name: 'mse', value: metrics.mse });
  return out;
}
