import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withZeroInitializers } from './zeroInitializers';
import { ModelReplica } from './modelReplica';
import { toPayload } from '../wire/tensorPayload';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A functional model with an LSTM (Orthogonal recurrent kernel), BatchNormalization and a nested Sequential. */
function nestedModel() {
  const inner = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [6], units: 4, kernelInitializer: tf.initializers.heNormal({ seed: 7 }) })],
  });
  const input = tf.input({ shape: [5, 3] });
  const recurrent = tf.layers.lstm({ units: 6 }).apply(input) as tf.SymbolicTensor;
  const normalised = tf.layers.batchNormalization().apply(recurrent) as tf.SymbolicTensor;
  const output = inner.apply(normalised) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}

function initializerKeys(value: unknown, found: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((v) => initializerKeys(v, found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) {
      if (/initializer$/i.test(key)) found.push([key, v]);
      else initializerKeys(v, found);
    }
  return found;
}

describe('withZeroInitializers', () => {
  it('sets every initializer, at any depth, to Zeros and leaves the rest and the original as they were', () => {
    const model = nestedModel();
    const topology = model.toJSON(null, false);
    const before = JSON.stringify(topology);
    const zeroed = withZeroInitializers(topology);
    const found = initializerKeys(zeroed);
    // LSTM: kernel, recurrent, bias; BatchNorm: beta, gamma, moving mean and variance; Dense: kernel, bias.
    expect(found).toHaveLength(9);
    expect(found.every(([, v]) => JSON.stringify(v) === '{"class_name":"Zeros","config":{}}')).toBe(true);
    expect(JSON.stringify(topology)).toBe(before);
    expect(initializerKeys(topology).some(([, v]) => (v as { class_name: string }).class_name !== 'Zeros')).toBe(true);
    const strip = (t: unknown) => JSON.stringify(t, (key, v) => (/initializer$/i.test(key) ? null : v));
    expect(strip(zeroed)).toBe(strip(topology));
    model.dispose();
  });

  it('gives a replica that, once it has the model’s weights, predicts exactly as the model does', async () => {
    const model = nestedModel();
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    const replica = await ModelReplica.create({
      topology: model.toJSON(null, false),
      optimizer: { className: 'SGD', config: { learningRate: 0.1 } },
      loss: 'meanSquaredError',
      metrics: [],
    });
    // getWeights() hands out the variables themselves: read them, don't dispose them.
    expect(replica.model.getWeights().every((w) => (w.dataSync() as Float32Array).every((v) => v === 0))).toBe(true);
    replica.setWeights(model.getWeights().map(toPayload));
    const x = tf.randomUniform([2, 5, 3], -1, 1, 'float32', 3);
    const [fromReplica] = replica.predict([x]);
    const fromModel = model.predict(x) as tf.Tensor;
    expect(Array.from(fromReplica.dataSync())).toEqual(Array.from(fromModel.dataSync()));
    tf.dispose([x, fromReplica, fromModel]);
    replica.dispose();
    model.dispose();
  });
});
