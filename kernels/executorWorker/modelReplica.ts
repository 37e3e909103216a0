/**
 * An executor's copy of the job's model. Built from the Keras topology and compiled with the
 * same loss and metrics, it computes what training needs on one shard: the gradients of the
 * mean loss (sync mode, exactly as LayersModel's own train function computes them) or a few
 * local optimizer steps (averaging mode).
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelSpec, TensorPayload } from '../wire/kernelExecutorProtocol';
import { fromPayload, toPayload } from '../wire/tensorPayload';
import { downloadFirst } from './gpuReads';
import { compiledInternals, type CompiledInternals } from '../sharedByWorkers/layersInternals';
import { withZeroInitializers } from './zeroInitializers';

function buildOptimizer(spec: ModelSpec['optimizer']): tf.Optimizer {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap[spec.className];
  if (!entry) {
    throw new Error(
      `Unknown optimizer class ${spec.className}: the executors can rebuild TensorFlow.js's own optimizers only; compile the model with one of them (e.g. tf.train.adam(0.001) or 'sgd').`,
    );
  }
  const [cls, fromConfig] = entry;
  return fromConfig(cls, spec.config as tf.serialization.ConfigDict) as unknown as tf.Optimizer;
}

export class ModelReplica {
  private constructor(
    readonly model: tf.LayersModel,
    private readonly spec: ModelSpec,
  ) {}

  /** The optimizer the model was compiled with (class name and config), as the driver sent it. */
  get optimizerSpec(): ModelSpec['optimizer'] {
    return this.spec.optimizer;
  }

  /** Its weights are zeros until setWeights (or the shared-memory trainer) gives it the job's. */
  static async create(spec: ModelSpec): Promise<ModelReplica> {
    const model = await tf.models.modelFromJSON({ modelTopology: withZeroInitializers(spec.topology) } as tf.io.ModelJSON);
    model.compile({ optimizer: buildOptimizer(spec.optimizer), loss: spec.loss, metrics: spec.metrics });
    return new ModelReplica(model, spec);
  }

  private get internals(): CompiledInternals {
    return compiledInternals(this.model);
  }

  /** The variables the optimizer updates, in the order gradients() returns their gradients. */
  get trainableVariables(): tf.Variable[] {
    return this.internals.collectedTrainableWeights.map((w) => w.read());
  }

  /** Weights no gradient touches (BatchNormalization's moving statistics), as gradients() returns them. */
  get nonTrainableVariables(): tf.Variable[] {
    return this.model.nonTrainableWeights.map((w) => w.read() as tf.Variable);
  }

  /** Metric names after 'loss', as model.fit reports them. */
  get metricNames(): string[] {
    return this.internals.metricsNames.slice(1);
  }

  setWeights(weights: TensorPayload[]) {
    const tensors = weights.map(fromPayload);
    try {
      this.model.setWeights(tensors);
    } finally {
      tf.dispose(tensors);
    }
  }

  /** Gradients of the mean loss on (x, y), ordered like the model's trainable weights, as fresh copies. */
  async gradients(
    x: tf.Tensor[],
    y: tf.Tensor[],
  ): Promise<{ grads: Float32Array[]; state: Float32Array[]; loss: number; metrics: Record<string, number> }> {
    const copy = (t: tf.Tensor) => Float32Array.from(t.dataSync() as Float32Array);
    const { result, loss, metrics } = await this.gradientsWith(x, y, (grads, state) => ({
      grads: grads.map(copy),
      state: state.map(copy),
    }));
    return { ...result, loss, metrics };
  }

  /**
   * Computes the gradients of the mean loss on (x, y) and hands them to `read` (ordered like the
   * trainable weights), with the non-trainable weights after the forward pass, before they are
   * disposed: the caller copies them wherever they go, once. On a GPU backend the values are
   * downloaded asynchronously first (gpuReads.ts), so `read`'s synchronous copies don't stall it.
   */
  async gradientsWith<R>(
    x: tf.Tensor[],
    y: tf.Tensor[],
    read: (grads: tf.Tensor[], state: tf.Tensor[]) => R,
  ): Promise<{ result: R; loss: number; metrics: Record<string, number> }> {
    const m = this.internals;
    const variables = m.collectedTrainableWeights.map((w) => w.read());
    const metricValues: tf.Scalar[] = [];
    const { value, grads } = tf.variableGrads(() => {
      const outputs = this.model.apply(x, { training: true }) as tf.Tensor | tf.Tensor[];
      const outs = Array.isArray(outputs) ? outputs : [outputs];
      let total: tf.Tensor | null = null;
      m.lossFunctions.forEach((lossFn, i) => {
        const loss = lossFn(y[i], outs[i]);
        total = total ? tf.add(total, loss) : loss;
      });
      for (const [metric, outputIndex] of m.metricsTensors) {
        metricValues.push(tf.keep(tf.mean(metric(y[outputIndex], outs[outputIndex])) as tf.Scalar));
      }
      let scalar = tf.mean(total!) as tf.Scalar;
      for (const reg of m.calculateLosses()) scalar = tf.add(scalar, reg);
      return scalar;
    }, variables);
    try {
      const ordered = variables.map((v) => {
        const g = grads[v.name];
        if (!g) throw new Error(`No gradient for ${v.name}`);
        return g;
      });
      // The forward pass in training mode moved BatchNormalization's statistics: they go back
      // with the gradients, or the driver's model would keep its initial ones and predict badly.
      const state = this.model.nonTrainableWeights.map((w) => w.read());
      await downloadFirst([...ordered, ...state, value, ...metricValues]);
      const result = read(ordered, state);
      const loss = value.dataSync()[0];
      const metrics: Record<string, number> = {};
      this.metricNames.forEach((name, i) => {
        if (metricValues[i]) metrics[name] = metricValues[i].dataSync()[0];
      });
      return { result, loss, metrics };
    } finally {
      tf.dispose([value, ...Object.values(grads), ...metricValues]);
    }
  }

  /** Averaging mode: local optimizer steps from the given weights and optimizer state. */
  async trainLocal(
    optimizerWeights: TensorPayload[],
    batches: { x: tf.Tensor[]; y: tf.Tensor[] }[],
  ): Promise<{
    weights: Float32Array[];
    optimizerWeights: TensorPayload[];
    loss: number;
    metrics: Record<string, number>;
    samples: number;
  }> {
    const optimizer = this.model.optimizer;
    if (optimizerWeights.length) {
      const named = optimizerWeights.map((p, i) => ({ name: `w${i}`, tensor: fromPayload(p) }));
      await optimizer.setWeights(named);
      tf.dispose(named.map((n) => n.tensor)); // the optimizer's variables hold their own reference
    } else {
      // A fresh round from the driver's fresh optimizer: drop local state from earlier jobs.
      this.model.optimizer = buildOptimizer(this.spec.optimizer);
    }
    let lossSum = 0;
    const metricSums: Record<string, number> = {};
    let samples = 0;
    for (const batch of batches) {
      const n = batch.x[0].shape[0];
      const out = await this.model.trainOnBatch(batch.x, batch.y);
      const values = Array.isArray(out) ? out : [out];
      lossSum += values[0] * n;
      this.metricNames.forEach((name, i) => {
        metricSums[name] = (metricSums[name] ?? 0) + (values[i + 1] ?? 0) * n;
      });
      samples += n;
    }
    const weights = this.model.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array));
    const state = await this.model.optimizer.getWeights();
    const stateOut = state.map((s) => toPayload(s.tensor));
    const metrics: Record<string, number> = {};
    for (const [k, v] of Object.entries(metricSums)) metrics[k] = v / samples;
    return { weights, optimizerWeights: stateOut, loss: lossSum / samples, metrics, samples };
  }

  /** The compiled loss of one output's predictions (single-output models), averaged over the rows. */
  meanLoss(y: tf.Tensor, predictions: tf.Tensor): number {
    return tf.tidy(() => (tf.mean(this.internals.lossFunctions[0](y, predictions)).dataSync() as Float32Array)[0]);
  }

  predict(x: tf.Tensor[]): tf.Tensor[] {
    const out = this.model.predict(x, { batchSize: 256 }) as tf.Tensor | tf.Tensor[];
    return Array.isArray(out) ? out : [out];
  }

  dispose() {
    this.model.dispose();
    // model.dispose() leaves the optimizer's own tensors (SGD's learning rate, Adam's moments).
    this.model.optimizer?.dispose();
  }
}
