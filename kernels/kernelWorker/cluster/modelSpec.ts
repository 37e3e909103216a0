/**
 * Packs a compiled LayersModel into what an executor needs to rebuild it. Only named losses
 * and metrics can cross a worker boundary; a custom loss function gets a clear error.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelSpec, TensorPayload } from '../../wire/kernelExecutorProtocol';
import { compiledInternals } from '../../sharedByWorkers/layersInternals';

interface CompiledModel {
  loss?: unknown;
  metrics?: unknown;
  optimizer?: tf.Optimizer;
}

function lossNames(loss: unknown, api: string): string | string[] {
  const named = (l: unknown) => {
    if (typeof l !== 'string') {
      throw new Error(
        `${api}: the model's loss must be given by name (e.g. 'categoricalCrossentropy', 'meanSquaredError'); a loss function can't be sent to the executors.`,
      );
    }
    return l;
  };
  return Array.isArray(loss) ? loss.map(named) : named(loss);
}

function metricNames(metrics: unknown, api: string): string[] {
  if (metrics == null) return [];
  const list = Array.isArray(metrics) ? metrics : typeof metrics === 'object' ? Object.values(metrics as object).flat() : [metrics];
  return list.map((m) => {
    if (typeof m !== 'string')
      throw new Error(`${api}: metrics must be given by name (e.g. 'accuracy'); metric functions can't be sent to the executors.`);
    return m;
  });
}

export function modelSpec(model: tf.LayersModel, api: string): ModelSpec {
  const m = model as unknown as CompiledModel;
  if (!m.optimizer || m.loss == null) {
    throw new Error(
      `${api}: compile the model first, e.g. model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] }).`,
    );
  }
  const optimizer = m.optimizer as tf.Optimizer & { getClassName(): string; getConfig(): Record<string, unknown> };
  return {
    topology: model.toJSON(undefined, false),
    loss: lossNames(m.loss, api),
    metrics: metricNames(m.metrics, api),
    optimizer: { className: optimizer.getClassName(), config: optimizer.getConfig() },
  };
}

/** All of the model's weights (trainable and not), in model.getWeights() order. */
export function weightPayloads(model: tf.LayersModel): TensorPayload[] {
  return model
    .getWeights()
    .map((w) => ({ shape: [...w.shape], dtype: 'float32' as const, data: Float32Array.from(w.dataSync() as Float32Array) }));
}

/** The variables model.fit's optimizer updates, in the order executors return gradients. */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return compiledInternals(model).collectedTrainableWeights.map((w) => w.read());
}

/**
 * Names an executor's replica by what it is built from (topology, loss, metrics, optimizer), so
 * jobs on the same kind of model reuse the replicas of earlier ones: weights come with every job
 * anyway, and building a replica (with its trial step) costs more than a short job's training.
 */
export function replicaKey(spec: ModelSpec): string {
  const text = JSON.stringify(spec);
  // FNV-1a over the UTF-16 code units, twice with different seeds: 64 bits, no collisions in practice.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `model-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
