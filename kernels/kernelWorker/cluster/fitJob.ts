/**
 * spark.fit: data-parallel training of the kernel's model on the executors (kernel thread).
 * Chooses how the executors exchange gradients: in shared memory among themselves
 * (sharedFitJob.ts) when the page is cross-origin isolated and the optimizer can be applied
 * slice by slice, else through the kernel by messages (messageFitJob.ts). Both give the same
 * result; the shared path is the fast one.
 */
import * as tf from '@tensorflow/tfjs';
import { elementwiseOptimizer, type ElementwiseOptimizer } from '../../../lib/cluster/elementwiseOptimizers';
import type { FitOptions } from '../../../lib/cluster/fitOptions';
import { sharedMemoryAvailable } from '../../../lib/cluster/sharedBarrier';
import type { FitContext, FitData, SparkHistory } from './fitTypes';
import { runMessageFitJob } from './messageFitJob';
import { modelSpec } from './modelSpec';
import { runSharedFitJob } from './sharedFitJob';

export type { FitContext, FitData, SparkHistory } from './fitTypes';

/** How a job will exchange gradients, and why (shown by debug: true and in the job's config). */
export function chooseExchange(
  model: tf.LayersModel,
  options: FitOptions,
): { exchange: 'shared-memory' | 'messages'; optimizer: ElementwiseOptimizer | null; reason: string } {
  const { className, config } = modelSpec(model, 'spark.fit').optimizer;
  const optimizer = elementwiseOptimizer(className, config, tf.backend().epsilon());
  const shared = sharedMemoryAvailable();
  if (options.exchange === 'messages') return { exchange: 'messages', optimizer: null, reason: 'asked for with exchange: "messages"' };
  if (shared && optimizer) return { exchange: 'shared-memory', optimizer, reason: 'executors all-reduce in shared memory' };
  const reason = !shared
    ? 'this page is not cross-origin isolated, so executors cannot share memory'
    : `the ${className} optimizer can't be applied slice by slice`;
  if (options.exchange === 'shared-memory')
    throw new Error(`spark.fit: exchange "shared-memory" is not possible here: ${reason}. Use exchange: "auto" or "messages".`);
  return { exchange: 'messages', optimizer: null, reason };
}

/** Runs the job on the path `choice` names (spark.fit has made it already, to check and record it). */
export async function runFitJob(
  model: tf.LayersModel,
  data: FitData,
  options: FitOptions,
  ctx: FitContext,
  choice = chooseExchange(model, options),
): Promise<SparkHistory> {
  return choice.optimizer ? runSharedFitJob(model, data, options, ctx, choice.optimizer) : runMessageFitJob(model, data, options, ctx);
}
