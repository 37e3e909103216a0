/**
 * Trains one sweep configuration on this executor: the whole model, every epoch, then its
 * predictions for the evaluation rows. Deterministic: the batch order comes from the task's
 * seed and the data from the shared buffers, so the same task on another executor (a retry
 * after a crash) gives bitwise the same weights and metrics.
 */
import * as tf from '@tensorflow/tfjs';
import { seededPermutation } from '../../lib/cluster/seededShuffle';
import type { ExecutorTask, SharedTensor } from '../clusterProtocol';
import { ModelReplica } from './modelReplica';

type TrainConfigTask = Extract<ExecutorTask, { type: 'train-config' }>;

/** Rows predicted per call when evaluating: bounds the activations' memory on big evaluation sets. */
const EVALUATION_CHUNK = 1024;

export interface ConfigOutcome {
  weights: Float32Array[];
  history: Record<string, number[]>;
  diverged: boolean;
  divergedAt?: { epoch: number; batch: number };
  evaluation: { loss: number | null; predictions: Float32Array } | null;
}

const view = (t: SharedTensor) => new Float32Array(t.buffer);
const rowSize = (t: SharedTensor) => t.shape.slice(1).reduce((a, b) => a * b, 1);

/** The rows `order[start, start + count)` of a shared tensor, as a new tensor. */
function gather(t: SharedTensor, order: Uint32Array, start: number, count: number): tf.Tensor {
  const size = rowSize(t);
  const source = view(t);
  const out = new Float32Array(count * size);
  for (let i = 0; i < count; i++) {
    const row = order[start + i];
    out.set(source.subarray(row * size, (row + 1) * size), i * size);
  }
  return tf.tensor(out, [count, ...t.shape.slice(1)]);
}

function rows(t: SharedTensor, start: number, count: number): tf.Tensor {
  const size = rowSize(t);
  return tf.tensor(view(t).slice(start * size, (start + count) * size), [count, ...t.shape.slice(1)]);
}

export async function trainConfiguration(task: TrainConfigTask, onEpoch: (epoch: number, logs: Record<string, number>) => void): Promise<ConfigOutcome> {
  const replica = await ModelReplica.create(task.spec);
  try {
    replica.setWeights(task.weights);
    const model = replica.model;
    const names = ['loss', ...replica.metricNames];
    const history: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const n = task.data.x.shape[0];
    for (let epoch = 0; epoch < task.epochs; epoch++) {
      const order = seededPermutation(n, task.seed * 1000 + epoch);
      const sums = new Array<number>(names.length).fill(0);
      for (let start = 0, batch = 0; start < n; start += task.batchSize, batch++) {
        const count = Math.min(task.batchSize, n - start);
        const x = gather(task.data.x, order, start, count);
        const y = gather(task.data.y, order, start, count);
        let values: number[];
        try {
          const out = await model.trainOnBatch(x, y);
          values = Array.isArray(out) ? out : [out];
        } finally {
          tf.dispose([x, y]);
        }
        if (!Number.isFinite(values[0])) {
          return { weights: weightsOf(model), history, diverged: true, divergedAt: { epoch, batch }, evaluation: null };
        }
        values.forEach((v, i) => (sums[i] += v * count));
      }
      const logs = Object.fromEntries(names.map((name, i) => [name, sums[i] / n]));
      names.forEach((name) => history[name].push(logs[name]));
      onEpoch(epoch, logs);
    }
    return { weights: weightsOf(model), history, diverged: false, evaluation: evaluate(replica, task) };
  } finally {
    replica.dispose();
  }
}

function weightsOf(model: tf.LayersModel): Float32Array[] {
  return model.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array));
}

/** Predictions for every evaluation row, in chunks, and the mean loss over them (the compiled loss, as model.evaluate computes it). */
function evaluate(replica: ModelReplica, task: TrainConfigTask): ConfigOutcome['evaluation'] {
  const { x, y } = task.data.evaluation;
  const n = x.shape[0];
  const outSize = rowSize(y);
  const predictions = new Float32Array(n * outSize);
  let lossSum = 0;
  for (let start = 0; start < n; start += EVALUATION_CHUNK) {
    const count = Math.min(EVALUATION_CHUNK, n - start);
    tf.tidy(() => {
      const xs = rows(x, start, count);
      const ys = rows(y, start, count);
      const [out] = replica.predict([xs]);
      predictions.set(out.dataSync() as Float32Array, start * outSize);
      lossSum += replica.meanLoss(ys, out) * count;
    });
  }
  const loss = lossSum / n;
  return { loss: Number.isFinite(loss) ? loss : null, predictions };
}
