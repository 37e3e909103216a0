/**
 * What both ways of running spark.fit share (kernel thread): the context the kernel gives a job,
 * the training data as the driver holds it, the History it returns, and the per-epoch steps
 * that don't depend on how the executors exchange gradients.
 */
import * as tf from '@tensorflow/tfjs';
import type { ExecutorPool } from './executorPool';
import type { JobProgress } from '../../../lib/jobs/jobProgress';
import type { TaskEvent } from '../../../lib/jobs/jobRecord';
import type { HostArray } from '../../sharedByWorkers/trainingData';

export interface FitContext {
  pool: ExecutorPool;
  jobId: string;
  log(line: string): void;
  progress(p: Omit<JobProgress, 'jobId' | 'kind' | 'cellId' | 'startedAt'>): void;
  /** Called after each step with its logs, for live charts. */
  onStep?(step: number, epoch: number, logs: Record<string, number>): void;
  onEpoch?(epoch: number, step: number, logs: Record<string, number>): void;
  /** Each stage's task attempts, as soon as the stage ends. */
  onTasks?(tasks: TaskEvent[]): void;
}

export interface FitData {
  xs: HostArray[];
  ys: HostArray[];
  trainCount: number;
  validation: { xs: tf.Tensor[]; ys: tf.Tensor[] } | null;
}

/** What a fit job returns: the History cells see. */
export type { SparkHistory } from './sparkApiTypes';

export function formatLogs(logs: Record<string, number>) {
  return Object.entries(logs)
    .map(([k, v]) => `${k}: ${v.toPrecision(4)}`)
    .join(' · ');
}

/** val_loss and val_<metric> of the model on the validation data, as Keras reports them. */
export async function validationLogs(
  model: tf.LayersModel,
  validation: { xs: tf.Tensor[]; ys: tf.Tensor[] },
  metricNames: string[],
  batchSize: number,
): Promise<Record<string, number>> {
  const out = model.evaluate(validation.xs, validation.ys, { batchSize: Math.max(32, batchSize) });
  const values = Array.isArray(out) ? out : [out];
  const numbers = await Promise.all(values.map(async (t) => (await t.data())[0]));
  tf.dispose(values);
  const logs: Record<string, number> = { val_loss: numbers[0] };
  metricNames.forEach((name, i) => {
    if (numbers[i + 1] !== undefined) logs[`val_${name}`] = numbers[i + 1];
  });
  return logs;
}
