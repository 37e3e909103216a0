/**
 * The execution plan spark.fit prints with `debug: true`, as Keras2DML prints its generated
 * DML: the model, optimizer, cluster, per-step shards and bytes, and the ops each layer runs
 * (found by profiling one forward pass of each layer, not from a hand-kept table).
 */
import * as tf from '@tensorflow/tfjs';
import type { FitOptions } from '../../../lib/cluster/fitOptions';
import { planText } from '../../../lib/cluster/planText';
import { makeBatches, shardBatch } from '../../../lib/cluster/shardBatch';
import type { ExecutorInfo } from './executorPool';
import { activeExecutorLimit } from './activeExecutors';

/** The kernels one forward pass of the layer runs, from tf.profile. */
async function layerOps(layer: tf.layers.Layer): Promise<string[]> {
  try {
    const shape = (layer.input as tf.SymbolicTensor).shape.map((d) => d ?? 1);
    const x = tf.zeros(shape);
    try {
      const info = await tf.profile(() => layer.apply(x) as tf.Tensor);
      return [...new Set(info.kernelNames)];
    } finally {
      x.dispose();
    }
  } catch {
    return [];
  }
}

export async function describePlan(
  model: tf.LayersModel,
  options: FitOptions,
  executors: ExecutorInfo[],
  trainCount: number,
  exchange?: { kind: 'shared-memory' | 'messages'; reason: string },
): Promise<string> {
  const active = exchange?.kind === 'shared-memory' ? executors.slice(0, activeExecutorLimit()) : executors;
  const standby = executors.slice(active.length);
  const optimizer = model.optimizer as tf.Optimizer & { getClassName(): string; getConfig(): Record<string, unknown> };
  const batches = makeBatches(trainCount, options.batchSize);
  const layers = [];
  for (const l of model.layers) {
    layers.push({
      name: l.name,
      className: l.getClassName(),
      outputShape: JSON.stringify(l.outputShape).replace(/,/g, ', '),
      params: l.countParams(),
      ops: await layerOps(l),
    });
  }
  return planText({
    layers,
    optimizer: optimizer.getClassName(),
    learningRate: typeof optimizer.getConfig().learningRate === 'number' ? (optimizer.getConfig().learningRate as number) : undefined,
    loss: String((model as unknown as { loss: unknown }).loss),
    executors: active.map((e) => ({ id: e.id, backend: e.backend })),
    standby,
    mode: options.mode,
    averagingFrequency: options.averagingFrequency,
    globalBatch: options.batchSize,
    stepsPerEpoch: batches.length,
    epochs: options.epochs,
    trainableParams: model.trainableWeights.reduce((a, w) => a + w.shape.reduce((p: number, d) => p * (d ?? 1), 1), 0),
    exchange,
    shardSizes: shardBatch(Math.min(options.batchSize, trainCount), Math.max(1, active.length)).map((s) => s.count),
  });
}
