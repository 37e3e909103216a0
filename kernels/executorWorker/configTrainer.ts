/**
 * Trains one sweep configuration on this executor: the whole model, every epoch, then its
 * predictions for the evaluation rows. Deterministic: the batch order comes from the task's
 * seed and the data from the shared buffers, so the same task on another executor with the same
 * backend (a retry after a crash) gives bitwise the same weights, history and predictions.
 */
import * as tf from '@tensorflow/tfjs';
import { downloadFirst } from './gpuReads';
import { seededPermutation } from '../../lib/cluster/seededShuffle';
import type { ExecutorReply, ExecutorTask } from '../wire/kernelExecutorProtocol';
import { ModelReplica } from './modelReplica';
import { checkSharedTensor, gatherRows, sliceRows } from './sharedRows';

export type TrainConfigTask = Extract<ExecutorTask, { type: 'train-config' }>;

/** What training one configuration yields: the task's result without the executor's bookkeeping. */
export type ConfigOutcome = Pick<
  Extract<ExecutorReply, { type: 'train-config-result' }>,
  'weights' | 'history' | 'diverged' | 'divergedAt' | 'evaluation'
>;

/** Rows predicted per call when evaluating: bounds the activations' memory on big evaluation sets. */
const EVALUATION_CHUNK = 1024;

/**
 * The seed of one epoch's batch order. Not `seed + epoch`: sweeps put small consecutive seeds in
 * their grids, and seed 2's first epoch would replay seed 1's second. Orders repeat across seeds
 * only after 1000 epochs. Changing this changes every stored configuration's result.
 */
export const epochSeed = (seed: number, epoch: number) => seed * 1000 + epoch;

/** Rejects a task the loop below would misread (or, with a batch size of 0, never finish). */
function checkTask(task: TrainConfigTask, model: tf.LayersModel) {
  if (!Number.isInteger(task.epochs) || task.epochs < 0)
    throw new Error(`train-config: epochs must be a whole number ≥ 0 (got ${task.epochs}).`);
  if (!Number.isInteger(task.batchSize) || task.batchSize < 1)
    throw new Error(`train-config: batchSize must be a whole number ≥ 1 (got ${task.batchSize}).`);
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    throw new Error(
      `spark.sweep trains models with one input and one output; this one has ${model.inputs.length} inputs and ${model.outputs.length} outputs.`,
    );
  }
  if (task.weights.length !== model.weights.length) {
    throw new Error(
      `train-config: ${task.weights.length} initial weight arrays for a model with ${model.weights.length} weights; send all of model.getWeights(), in order.`,
    );
  }
  const { x, y, evaluation } = task.data;
  const named = [
    [x, 'the training x'],
    [y, 'the training y'],
    [evaluation.x, 'the evaluation x'],
    [evaluation.y, 'the evaluation y'],
  ] as const;
  for (const [t, name] of named) checkSharedTensor(t, name);
  if (x.shape[0] !== y.shape[0])
    throw new Error(`The training x has ${x.shape[0]} rows but y has ${y.shape[0]}; give one label row per sample.`);
  if (evaluation.x.shape[0] !== evaluation.y.shape[0]) {
    throw new Error(
      `The evaluation x has ${evaluation.x.shape[0]} rows but y has ${evaluation.y.shape[0]}; give one label row per sample.`,
    );
  }
}

/**
 * Builds the configuration's model, sets its initial weights and trains it, reporting each
 * epoch's means through `onEpoch`. A NaN or infinite loss ends training at that batch with
 * `diverged` (a result, not an error: the sweep records it and goes on). `beforeBatch` is awaited
 * before each batch (the page may claim the cores). Frees every tensor it made, the model's
 * included, whatever happens.
 */
export async function trainConfiguration(
  task: TrainConfigTask,
  onEpoch: (epoch: number, logs: Record<string, number>) => void,
  beforeBatch: () => Promise<unknown> = async () => {},
): Promise<ConfigOutcome> {
  const replica = await ModelReplica.create(task.spec);
  try {
    const model = replica.model;
    checkTask(task, model);
    replica.setWeights(task.weights);
    const names = ['loss', ...replica.metricNames];
    const history: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const n = task.data.x.shape[0];
    for (let epoch = 0; epoch < task.epochs; epoch++) {
      const order = seededPermutation(n, epochSeed(task.seed, epoch));
      const sums = new Array<number>(names.length).fill(0);
      for (let start = 0, batch = 0; start < n; start += task.batchSize, batch++) {
        await beforeBatch();
        const count = Math.min(task.batchSize, n - start);
        const x = gatherRows(task.data.x, order, start, count);
        const y = gatherRows(task.data.y, order, start, count);
        let values: number[];
        try {
          const out = await model.trainOnBatch(x, y);
          values = Array.isArray(out) ? out : [out];
        } finally {
          tf.dispose([x, y]);
        }
        if (!Number.isFinite(values[0])) {
          return { weights: await weightsOf(model), history, diverged: true, divergedAt: { epoch, batch }, evaluation: null };
        }
        // Weighted by rows, so a smaller last batch counts for what it holds (as model.fit's logs do).
        values.forEach((v, i) => (sums[i] += v * count));
      }
      const logs = Object.fromEntries(names.map((name, i) => [name, sums[i] / n]));
      names.forEach((name) => history[name].push(logs[name]));
      onEpoch(epoch, logs);
    }
    return { weights: await weightsOf(model), history, diverged: false, evaluation: await evaluate(replica, task) };
  } finally {
    replica.dispose();
  }
}

/** Copies, so they can be transferred to the kernel after the model is gone. */
async function weightsOf(model: tf.LayersModel): Promise<Float32Array[]> {
  const weights = model.getWeights();
  await downloadFirst(weights);
  return weights.map((w) => Float32Array.from(w.dataSync() as Float32Array));
}

/** Predictions for every evaluation row, in chunks, and the mean loss over them (the compiled loss, as model.evaluate computes it). */
async function evaluate(replica: ModelReplica, task: TrainConfigTask): Promise<ConfigOutcome['evaluation']> {
  const { x, y } = task.data.evaluation;
  const n = x.shape[0];
  // Sized from the model's output, not from y: sparse labels have one column, predictions one per class.
  let predictions = new Float32Array(0);
  let lossSum = 0;
  for (let start = 0; start < n; start += EVALUATION_CHUNK) {
    const count = Math.min(EVALUATION_CHUNK, n - start);
    const rows = sliceRows(x, start, count);
    const [out] = replica.predict([rows]);
    try {
      await downloadFirst([out]);
      const outSize = out.size / count;
      if (start === 0) predictions = new Float32Array(n * outSize);
      predictions.set(out.dataSync() as Float32Array, start * outSize);
      lossSum += tf.tidy(() => replica.meanLoss(sliceRows(y, start, count), out)) * count;
    } finally {
      tf.dispose([rows, out]);
    }
  }
  const loss = lossSum / n;
  return { loss: Number.isFinite(loss) ? loss : null, predictions };
}
