import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom } from '../../testing/wasmKernels';
import { TRAINING_MODELS } from './trainingModels';

const cnn = TRAINING_MODELS.find((m) => m.name === 'cnn')!;

/** Loss and weight gradients of `model` on one batch, read back as arrays. */
function lossAndGradients(model: tf.LayersModel, x: Float32Array, labels: number[]) {
  return tf.tidy(() => {
    const xs = tf.tensor4d(x, [labels.length, 28, 28, 1]);
    const ys = tf.oneHot(labels, 10).toFloat();
    const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(ys, model.apply(xs) as tf.Tensor).mean() as tf.Scalar);
    return {
      loss: value.dataSync()[0],
      grads: model.trainableWeights.map((w) => grads[w.originalName].dataSync() as Float32Array),
    };
  });
}

describe('the CNN on WASM with our kernels', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('has the same loss and weight gradients as on the CPU backend', async () => {
    const r = seededRandom(21);
    const x = randomArray(r, 8 * 28 * 28);
    const labels = Array.from({ length: 8 }, () => Math.floor(r() * 10));
    await tf.setBackend('cpu');
    const model = cnn.build();
    const expected = lossAndGradients(model, x, labels);
    await tf.setBackend('wasm');
    const actual = lossAndGradients(model, x, labels);
    model.dispose();
    expect(Math.abs(actual.loss - expected.loss) / expected.loss).toBeLessThan(1e-4);
    actual.grads.forEach((g, i) => expect(maxRelativeError(g, expected.grads[i]), `weight ${i}`).toBeLessThan(1e-4));
  }, 60_000);

  it('trains: the loss falls on a learnable task', async () => {
    await tf.setBackend('wasm');
    // A learnable task: the label is which horizontal band of the image is bright.
    const r = seededRandom(4);
    const labels = Array.from({ length: 32 }, () => Math.floor(r() * 10));
    const pixels = new Float32Array(32 * 28 * 28).map(() => r() * 0.1);
    labels.forEach((k, n) => pixels.fill(1, n * 784 + (2 + 2 * k) * 28, n * 784 + (4 + 2 * k) * 28));
    const x = tf.tensor4d(pixels, [32, 28, 28, 1]);
    const y = tf.oneHot(labels, 10).toFloat();
    const model = cnn.build();
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
    try {
      const history = await model.fit(x, y, { epochs: 15, batchSize: 32, verbose: 0 });
      const losses = history.history.loss as number[];
      expect(tf.getBackend()).toBe('wasm');
      expect(losses.at(-1)!).toBeLessThan(losses[0] * 0.5);
    } finally {
      tf.dispose([x, y]);
      model.dispose();
    }
  }, 60_000);
});
