/**
 * What the train-config tests share: a small seeded Dense classifier (8 features, 3 classes) and
 * a synthetic dataset in SharedArrayBuffers, packed into a task as the sweep driver packs it.
 */
import * as tf from '@tensorflow/tfjs';
import type { SharedTensor, SweepDataset } from '../kernels/wire/kernelExecutorProtocol';
import { modelSpec, weightPayloads } from '../kernels/kernelWorker/cluster/modelSpec';
import type { TrainConfigTask } from '../kernels/executorWorker/configTrainer';

export function classifier(optimizer: tf.Optimizer, loss = 'categoricalCrossentropy') {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
  model.compile({ optimizer, loss, metrics: ['accuracy'] });
  return model;
}

export function share(t: tf.Tensor): SharedTensor {
  const buffer = new SharedArrayBuffer(t.size * 4);
  new Float32Array(buffer).set(t.dataSync());
  return { buffer, shape: [...t.shape] };
}

/** Rows labelled by the argmax of a fixed linear map: learnable, so the loss must fall. */
export function syntheticData(rows = 200, evaluationRows = 60, sparse = false): SweepDataset {
  // A scope, not tf.tidy: what comes back holds buffers, not tensors.
  tf.engine().startScope();
  try {
    const w = tf.randomNormal([8, 3], 0, 1, 'float32', 8);
    const labelled = (n: number, seed: number) => {
      const x = tf.randomNormal([n, 8], 0, 1, 'float32', seed);
      const classes = tf.argMax(x.matMul(w), 1);
      const y = sparse ? classes.reshape([n, 1]).toFloat() : tf.oneHot(classes, 3).toFloat();
      return { x: share(x), y: share(y) };
    };
    const train = labelled(rows, 7);
    return { ...train, evaluation: labelled(evaluationRows, 9) };
  } finally {
    tf.engine().endScope();
  }
}

/** A train-config task (without its id) for `model`, as the driver sends it. */
export function configTask(model: tf.LayersModel, data: SweepDataset, patch: Partial<TrainConfigTask> = {}): Omit<TrainConfigTask, 'id'> {
  return {
    type: 'train-config',
    spec: modelSpec(model, 'test'),
    weights: weightPayloads(model),
    data,
    epochs: 4,
    batchSize: 32,
    seed: 1,
    ...patch,
  };
}
