import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom } from '../../testing/wasmKernels';
import { TRAINING_MODELS, type TrainingModel } from './trainingModels';

/** Trains `spec` for `steps` batches on `backend` from `initial` weights; returns the weights after. */
async function trainedWeights(
  backend: string,
  spec: TrainingModel,
  initial: Float32Array[],
  x: Float32Array,
  y: Float32Array,
  batch: number,
  steps: number,
) {
  await tf.setBackend(backend);
  const model = spec.build();
  model.setWeights(initial.map((w, i) => tf.tensor(w, model.getWeights()[i].shape)));
  model.compile({ optimizer: tf.train.sgd(0.05), loss: spec.loss });
  const xs = tf.tensor(x, [batch * steps, ...spec.inputShape]);
  const ys = tf.tensor(y, [batch * steps, ...spec.targetShape]);
  try {
    await model.fit(xs, ys, { epochs: 1, batchSize: batch, shuffle: false, verbose: 0 });
    return model.getWeights().map((w) => w.dataSync() as Float32Array);
  } finally {
    tf.dispose([xs, ys]);
    model.dispose();
  }
}

describe('training with our WASM kernels', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  // Dropout draws different random masks on each backend, so that model is left out here.
  for (const spec of TRAINING_MODELS.filter((m) => !m.name.includes('dropout'))) {
    it(`ends with the CPU backend's weights after 3 SGD steps of the ${spec.name}`, async () => {
      const batch = 8;
      const steps = 3;
      const r = seededRandom(spec.name.length);
      const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);
      const x = randomArray(r, batch * steps * size(spec.inputShape));
      const y = randomArray(r, batch * steps * size(spec.targetShape)).map((v) => (spec.loss === 'meanSquaredError' ? v : v > 0.6 ? 1 : 0));
      await tf.setBackend('cpu');
      const model = spec.build();
      const initial = model.getWeights().map((w) => w.dataSync() as Float32Array);
      model.dispose();
      const expected = await trainedWeights('cpu', spec, initial, x, y, batch, steps);
      const actual = await trainedWeights('wasm', spec, initial, x, y, batch, steps);
      actual.forEach((w, i) => {
        expect(maxRelativeError(w, initial[i]), `weight ${i} moved`).toBeGreaterThan(0);
        expect(maxRelativeError(w, expected[i]), `weight ${i}`).toBeLessThan(1e-4);
      });
    }, 60_000);
  }
});
