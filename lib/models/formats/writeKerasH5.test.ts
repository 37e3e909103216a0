import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { readH5 } from './h5';
import type { ModelArtifactsData } from './modelArtifacts';
import { readKerasH5 } from './readKerasH5';
import { writeKerasH5 } from './writeKerasH5';

async function artifactsOf(model: tf.LayersModel): Promise<ModelArtifactsData> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      saved = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
    { includeOptimizer: true },
  );
  return saved as unknown as ModelArtifactsData;
}

/** Random, positive weights, so BatchNormalization's variance is valid and nothing is trivially zero. */
function randomiseWeights(model: tf.LayersModel): void {
  model.setWeights(model.weights.map((w) => tf.randomUniform(w.shape as number[], 0.1, 1, 'float32', 7)));
}

async function roundTrip(model: tf.LayersModel, input: tf.Tensor) {
  randomiseWeights(model);
  const artifacts = await artifactsOf(model);
  const bytes = await writeKerasH5(artifacts);
  const read = await readKerasH5(bytes, 'model.h5');
  const loaded = await tf.loadLayersModel(tf.io.fromMemory(read as unknown as tf.io.ModelArtifacts));
  const before = (model.predict(input) as tf.Tensor).dataSync();
  const after = (loaded.predict(input) as tf.Tensor).dataSync();
  return { artifacts, read, loaded, before, after, bytes };
}

function expectSameModel(model: tf.LayersModel, loaded: tf.LayersModel) {
  expect(loaded.layers.map((l) => [l.getClassName(), l.name, JSON.stringify(l.outputShape)])).toEqual(
    model.layers.map((l) => [l.getClassName(), l.name, JSON.stringify(l.outputShape)]),
  );
}

const sequential = (layers: tf.layers.Layer[]) => tf.sequential({ layers });

describe('writeKerasH5 → readKerasH5 round trip', () => {
  const cases: [string, () => tf.LayersModel, () => tf.Tensor, tf.ModelCompileArgs][] = [
    [
      'a Dense MLP',
      () =>
        sequential([
          tf.layers.dense({ units: 8, activation: 'relu', inputShape: [4] }),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ]),
      () => tf.randomNormal([5, 4], 0, 1, 'float32', 1),
      { optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] },
    ],
    [
      'Conv2D, MaxPooling2D and Flatten',
      () =>
        sequential([
          tf.layers.conv2d({ filters: 4, kernelSize: 3, inputShape: [8, 8, 2], activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 2 }),
        ]),
      () => tf.randomNormal([2, 8, 8, 2], 0, 1, 'float32', 2),
      { optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' },
    ],
    [
      'an LSTM',
      () => sequential([tf.layers.lstm({ units: 5, inputShape: [6, 3], returnSequences: true }), tf.layers.lstm({ units: 2 })]),
      () => tf.randomNormal([2, 6, 3], 0, 1, 'float32', 3),
      { optimizer: tf.train.rmsprop(0.01, 0.8, 0.1), loss: 'meanAbsoluteError', metrics: ['mse'] },
    ],
    [
      'a GRU',
      () => sequential([tf.layers.gru({ units: 4, inputShape: [5, 3] }), tf.layers.dense({ units: 1, activation: 'sigmoid' })]),
      () => tf.randomNormal([3, 5, 3], 0, 1, 'float32', 4),
      { optimizer: tf.train.momentum(0.05, 0.9, true), loss: 'binaryCrossentropy', metrics: ['accuracy'] },
    ],
    [
      'a SimpleRNN',
      () => sequential([tf.layers.simpleRNN({ units: 3, inputShape: [4, 2] })]),
      () => tf.randomNormal([2, 4, 2], 0, 1, 'float32', 5),
      { optimizer: tf.train.adagrad(0.1), loss: 'meanSquaredError' },
    ],
    [
      'an Embedding',
      () =>
        sequential([
          tf.layers.embedding({ inputDim: 10, outputDim: 4, inputLength: 3 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 2 }),
        ]),
      () =>
        tf.tensor2d([
          [1, 2, 3],
          [9, 0, 4],
        ]),
      { optimizer: tf.train.adadelta(1, 0.9), loss: 'sparseCategoricalCrossentropy' },
    ],
    [
      'BatchNormalization',
      () => sequential([tf.layers.dense({ units: 6, inputShape: [3] }), tf.layers.batchNormalization(), tf.layers.dense({ units: 2 })]),
      () => tf.randomNormal([4, 3], 0, 1, 'float32', 6),
      { optimizer: tf.train.adam(0.002, 0.8, 0.99, 1e-6), loss: 'meanSquaredError' },
    ],
    [
      'Dropout, Activation and Reshape',
      () =>
        sequential([
          tf.layers.dense({ units: 6, inputShape: [4] }),
          tf.layers.dropout({ rate: 0.3 }),
          tf.layers.activation({ activation: 'tanh' }),
          tf.layers.reshape({ targetShape: [2, 3] }),
          tf.layers.flatten(),
        ]),
      () => tf.randomNormal([2, 4], 0, 1, 'float32', 8),
      { optimizer: 'sgd', loss: 'meanSquaredError' },
    ],
    [
      'a functional model with Add and Concatenate',
      () => {
        const input = tf.input({ shape: [5] });
        const a = tf.layers.dense({ units: 4, name: 'branch_a' }).apply(input) as tf.SymbolicTensor;
        const b = tf.layers.dense({ units: 4, name: 'branch_b' }).apply(input) as tf.SymbolicTensor;
        const sum = tf.layers.add().apply([a, b]) as tf.SymbolicTensor;
        const joined = tf.layers.concatenate().apply([sum, a]) as tf.SymbolicTensor;
        return tf.model({ inputs: input, outputs: tf.layers.dense({ units: 2 }).apply(joined) as tf.SymbolicTensor });
      },
      () => tf.randomNormal([3, 5], 0, 1, 'float32', 9),
      { optimizer: tf.train.adam(0.001), loss: 'meanSquaredError', metrics: ['mae'] },
    ],
  ];

  for (const [name, build, input, compileArgs] of cases) {
    it(`keeps ${name}: same layers, bitwise-identical predictions, same compile settings`, async () => {
      const model = build();
      model.compile(compileArgs);
      const { artifacts, read, loaded, before, after } = await roundTrip(model, input());
      expectSameModel(model, loaded);
      expect(Array.from(after)).toEqual(Array.from(before));
      expect(read.trainingConfig?.loss).toEqual(artifacts.trainingConfig?.loss);
      expect(read.trainingConfig?.metrics ?? []).toEqual(artifacts.trainingConfig?.metrics ?? []);
      expect(loaded.optimizer.getClassName()).toBe(model.optimizer.getClassName());
      expect(loaded.optimizer.getConfig()).toEqual(model.optimizer.getConfig());
    });
  }

  it('keeps a functional model with a nested Sequential', async () => {
    const inner = tf.sequential({
      name: 'inner',
      layers: [tf.layers.dense({ units: 3, inputShape: [4], name: 'inner_dense' }), tf.layers.batchNormalization({ name: 'inner_bn' })],
    });
    const input = tf.input({ shape: [2] });
    const hidden = tf.layers.dense({ units: 4, name: 'outer_dense' }).apply(input) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: inner.apply(hidden) as tf.SymbolicTensor });
    const { loaded, before, after } = await roundTrip(model, tf.randomNormal([3, 2], 0, 1, 'float32', 10));
    expectSameModel(model, loaded);
    expect(Array.from(after)).toEqual(Array.from(before));
  });

  it('writes the layout Keras reads: bytes attributes, layer_names, weight_names and datasets at those names', async () => {
    const model = sequential([
      tf.layers.dense({ units: 2, inputShape: [3], name: 'dense_1' }),
      tf.layers.dropout({ rate: 0.1, name: 'drop' }),
    ]);
    model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    const bytes = await writeKerasH5(await artifactsOf(model));
    const layout = await readH5(bytes, (file) => {
      const weights = file.get('model_weights') as import('h5wasm').Group;
      const dense = weights.get('dense_1') as import('h5wasm').Group;
      return {
        root: Object.fromEntries(['keras_version', 'backend'].map((k) => [k, file.attrs[k].value])),
        rootType: file.attrs.model_config.metadata.vlen,
        config: JSON.parse(String(file.attrs.model_config.value)),
        training: JSON.parse(String(file.attrs.training_config.value)),
        layerNames: weights.attrs.layer_names.value,
        weightNames: dense.attrs.weight_names.value,
        kernelShape: (file.get('model_weights/dense_1/dense_1/kernel:0') as import('h5wasm').Dataset).shape,
      };
    });
    expect(layout.root).toEqual({ keras_version: '2.15.0', backend: 'tensorflow' });
    expect(layout.rootType).toBe(false);
    expect(layout.config.class_name).toBe('Sequential');
    expect(layout.config.keras_version).toBeUndefined();
    expect(layout.training).toMatchObject({
      loss: 'mean_squared_error',
      loss_weights: null,
      sample_weight_mode: null,
      optimizer_config: { class_name: 'Adam' },
    });
    expect(layout.layerNames).toEqual(['dense_1', 'drop']);
    expect(layout.weightNames).toEqual(['dense_1/kernel:0', 'dense_1/bias:0']);
    expect(layout.kernelShape).toEqual([3, 2]);
  });
});
