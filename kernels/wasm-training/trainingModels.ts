/**
 * The models whose training the WASM kernels must cover, and a check of which kernels
 * their training step runs that a backend lacks. Used by the tests and
 * scripts that list missing kernels; the benchmark builds the same models inside a notebook cell.
 */
import * as tf from '@tensorflow/tfjs';

/** A model to train, with a batch of its input and target shapes. */
export interface TrainingModel {
  name: string;
  build(): tf.LayersModel;
  inputShape: number[];
  targetShape: number[];
  loss: string;
}

export const TRAINING_MODELS: TrainingModel[] = [
  {
    name: 'cnn',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: 'same', activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
    inputShape: [28, 28, 1],
    targetShape: [10],
    loss: 'categoricalCrossentropy',
  },
  {
    name: 'cnn with dropout and batch norm',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, strides: 2, padding: 'valid', activation: 'relu' }),
          tf.layers.batchNormalization(),
          tf.layers.dropout({ rate: 0.25 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 32, activation: 'relu' }),
          tf.layers.batchNormalization(),
          tf.layers.dropout({ rate: 0.5 }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
    inputShape: [28, 28, 1],
    targetShape: [10],
    loss: 'categoricalCrossentropy',
  },
  {
    name: 'mlp',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ inputShape: [784], units: 500, activation: 'relu' }),
          tf.layers.dense({ units: 100, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
    inputShape: [784],
    targetShape: [10],
    loss: 'categoricalCrossentropy',
  },
  {
    name: 'lstm',
    build: () => tf.sequential({ layers: [tf.layers.lstm({ inputShape: [10, 3], units: 50 }), tf.layers.dense({ units: 30 })] }),
    inputShape: [10, 3],
    targetShape: [30],
    loss: 'meanSquaredError',
  },
];

/** The kernels one `fit` step of `spec` runs on the active backend (which must be able to train it, e.g. 'cpu'). */
export async function kernelsUsedInTraining(spec: TrainingModel): Promise<string[]> {
  const model = spec.build();
  model.compile({ optimizer: tf.train.adam(), loss: spec.loss });
  const x = tf.randomNormal([4, ...spec.inputShape]);
  const y = tf.randomUniform([4, ...spec.targetShape]);
  try {
    const info = await tf.profile(async () => {
      await model.fit(x, y, { epochs: 1, batchSize: 4, verbose: 0 });
    });
    // 'fusedMatMul__op' and the like name customGrad scopes, not kernels.
    return [...new Set(info.kernelNames.filter((k) => !k.endsWith('__op')))].sort();
  } finally {
    tf.dispose([x, y]);
    model.dispose();
  }
}

/** Which of `kernels` have no registration for `backendName` right now. */
export function kernelsMissingOn(kernels: string[], backendName: string): string[] {
  const available = new Set(tf.getKernelsForBackend(backendName).map((k) => k.kernelName));
  return kernels.filter((k) => !available.has(k));
}
