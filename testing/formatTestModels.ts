/**
 * Small models of every supported kind, with seeded non-trivial weights, for the format tests'
 * round trips (write, read back, load with tf.loadLayersModel, predict bit for bit the same).
 * Not imported by application code.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelArtifactsData } from '../lib/models/formats/modelArtifacts';

/** A model to round-trip and an input to compare its predictions on. */
export interface TestModel {
  name: string;
  build(): tf.LayersModel;
  input(): tf.Tensor;
}

/** Deterministic values in [-1, 1) so predictions are reproducible and weights non-trivial. */
function seeded(count: number, seed: number): Float32Array {
  let state = seed >>> 0 || 1;
  return Float32Array.from({ length: count }, () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  });
}

/** Replaces every weight with seeded values; variances stay positive. */
export function randomizeWeights(model: tf.LayersModel, seed = 7): void {
  const values = model.weights.map((w, i) => {
    const data = seeded(
      w.shape.reduce((n: number, d) => n * (d ?? 1), 1),
      seed + i,
    );
    const positive = /variance/.test(w.originalName) ? data.map((v) => Math.abs(v) + 0.5) : data;
    return tf.tensor(positive, w.shape as number[]);
  });
  model.setWeights(values);
  tf.dispose(values);
}

const dense = (): tf.LayersModel => {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 8, activation: 'relu', inputShape: [4] }), tf.layers.dense({ units: 3, activation: 'softmax' })],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
};

const cnn = (): tf.LayersModel => {
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu', inputShape: [8, 8, 1] }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 2 }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
  return model;
};

const recurrent = (kind: 'lstm' | 'gru' | 'simpleRNN') => (): tf.LayersModel => {
  // tfjs's default recurrentActivation, Keras 2's hard_sigmoid, is not Keras 3's; sigmoid is both's.
  const model = tf.sequential({
    layers: [
      tf.layers[kind]({ units: 5, inputShape: [6, 3], recurrentActivation: 'sigmoid' } as Parameters<typeof tf.layers.lstm>[0]),
      tf.layers.dense({ units: 1 }),
    ],
  });
  model.compile({ optimizer: tf.train.rmsprop(0.001), loss: 'meanSquaredError' });
  return model;
};

const embedding = (): tf.LayersModel =>
  tf.sequential({
    layers: [tf.layers.embedding({ inputDim: 20, outputDim: 4, inputLength: 5 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })],
  });

const batchNorm = (): tf.LayersModel => {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 6, inputShape: [4] }), tf.layers.batchNormalization(), tf.layers.dense({ units: 2 })],
  });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError', metrics: ['mse'] });
  return model;
};

const functional = (): tf.LayersModel => {
  const input = tf.input({ shape: [4], name: 'features' });
  const a = tf.layers.dense({ units: 5, activation: 'tanh', name: 'branch_a' }).apply(input) as tf.SymbolicTensor;
  const b = tf.layers.dense({ units: 5, name: 'branch_b' }).apply(input) as tf.SymbolicTensor;
  const sum = tf.layers.add({ name: 'sum' }).apply([a, b]) as tf.SymbolicTensor;
  const joined = tf.layers.concatenate({ name: 'joined' }).apply([sum, input]) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 2, activation: 'sigmoid', name: 'out' }).apply(joined) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output, name: 'two_branches' });
  model.compile({ optimizer: tf.train.adam(0.002), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
};

const floats = (shape: number[], seed: number) => () =>
  tf.tensor(
    seeded(
      shape.reduce((n, d) => n * d, 1),
      seed,
    ),
    shape,
  );

export const TEST_MODELS: TestModel[] = [
  { name: 'Dense MLP', build: dense, input: floats([3, 4], 1) },
  { name: 'Conv2D + MaxPooling2D + Flatten', build: cnn, input: floats([2, 8, 8, 1], 2) },
  { name: 'LSTM', build: recurrent('lstm'), input: floats([2, 6, 3], 3) },
  { name: 'GRU', build: recurrent('gru'), input: floats([2, 6, 3], 4) },
  { name: 'SimpleRNN', build: recurrent('simpleRNN'), input: floats([2, 6, 3], 5) },
  {
    name: 'Embedding',
    build: embedding,
    input: () =>
      tf.tensor2d(
        [
          [1, 5, 19, 0, 3],
          [7, 7, 2, 11, 4],
        ],
        [2, 5],
        'int32',
      ),
  },
  { name: 'BatchNormalization', build: batchNorm, input: floats([3, 4], 6) },
  { name: 'functional with Add and Concatenate', build: functional, input: floats([3, 4], 7) },
];

/** What model.save hands a save handler, with the weights in one buffer. */
export async function artifactsOf(model: tf.LayersModel): Promise<ModelArtifactsData> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
    { includeOptimizer: true },
  );
  const a = saved!;
  return {
    modelTopology: a.modelTopology as ModelArtifactsData['modelTopology'],
    weightSpecs: a.weightSpecs ?? [],
    weightData: tf.io.concatenateArrayBuffers(a.weightData as ArrayBuffer | ArrayBuffer[]),
    ...(a.trainingConfig ? { trainingConfig: a.trainingConfig } : {}),
  };
}

/** Loads artifacts as the app does and returns the model's predictions on `input`. */
export async function loadAndPredict(
  artifacts: ModelArtifactsData,
  input: tf.Tensor,
): Promise<{ model: tf.LayersModel; output: number[] }> {
  const model = await tf.loadLayersModel(tf.io.fromMemory({ ...artifacts, modelTopology: artifacts.modelTopology as unknown as object }));
  const output = tf.tidy(() => Array.from((model.predict(input) as tf.Tensor).dataSync()));
  return { model, output };
}
