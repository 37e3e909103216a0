import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { writeH5 } from './h5';
import { readKerasH5 } from './readKerasH5';

type Weights = Record<string, { name: string; data: Float32Array | Float64Array; shape: number[]; dtype?: string }[]>;

/** A .h5 file laid out as Keras's model.save writes it, with the given config and weights. */
function kerasFile(options: {
  config?: unknown;
  training?: unknown;
  version?: string | null;
  backend?: string;
  weights: Weights;
  layerNames?: string[];
}) {
  return writeH5((file) => {
    if (options.version !== null) file.create_attribute('keras_version', options.version ?? '2.2.4');
    if (options.backend) file.create_attribute('backend', options.backend);
    if (options.config !== undefined) file.create_attribute('model_config', JSON.stringify(options.config));
    if (options.training) file.create_attribute('training_config', JSON.stringify(options.training));
    const group = options.config === undefined ? file : file.create_group('model_weights');
    const names = options.layerNames ?? Object.keys(options.weights);
    if (names.length) group.create_attribute('layer_names', names, [names.length], `A${Math.max(...names.map((n) => n.length))}`);
    for (const [layer, weights] of Object.entries(options.weights)) {
      const g = group.create_group(layer);
      if (weights.length)
        g.create_attribute(
          'weight_names',
          weights.map((w) => w.name),
        );
      for (const w of weights) g.create_dataset({ name: w.name, data: w.data, shape: w.shape, dtype: w.dtype ?? '<f' });
    }
  });
}

const seq = (layers: unknown[]) => ({ class_name: 'Sequential', config: { name: 'sequential', layers } });
const dense = (name: string, units: number, extra: Record<string, unknown> = {}) => ({
  class_name: 'Dense',
  config: { name, units, activation: 'linear', use_bias: true, ...extra },
});
const range = (n: number, scale = 0.1) => Float32Array.from({ length: n }, (_, i) => (i + 1) * scale);
const denseWeights = (name: string, rows: number, cols: number) => [
  { name: `${name}_W`, data: range(rows * cols), shape: [rows, cols] },
  { name: `${name}_b`, data: range(cols, 0.01), shape: [cols] },
];
const load = async (bytes: Uint8Array) =>
  tf.loadLayersModel(tf.io.fromMemory((await readKerasH5(bytes, 'model.h5')) as unknown as tf.io.ModelArtifacts));

describe('readKerasH5 on bad files', () => {
  it('rejects bytes that are not HDF5, and truncated files', async () => {
    await expect(readKerasH5(new TextEncoder().encode('{"not": "hdf5"}'), 'notes.h5')).rejects.toThrow(/notes.h5 is not an HDF5 file/);
    const bytes = await kerasFile({
      config: seq([dense('d', 2, { batch_input_shape: [null, 3] })]),
      weights: { d: denseWeights('d', 3, 2) },
    });
    await expect(readKerasH5(bytes.slice(0, 800), 'cut.h5')).rejects.toThrow(/truncated or damaged/);
  });

  it('explains that a weights-only file needs model.save', async () => {
    const bytes = await kerasFile({ weights: { d: denseWeights('d', 3, 2) } });
    await expect(readKerasH5(bytes, 'weights.h5')).rejects.toThrow(
      /weights.h5 is a weights-only file \(saved with model.save_weights\).*model.save/,
    );
  });

  it('names an unsupported layer, a custom object, and one inside a nested model', async () => {
    const lambda = seq([dense('d', 2, { batch_input_shape: [null, 3] }), { class_name: 'Lambda', config: { name: 'my_lambda' } }]);
    await expect(readKerasH5(await kerasFile({ config: lambda, weights: {} }), 'm.h5')).rejects.toThrow(
      /Layer "my_lambda" is a Lambda, which Sparkbook cannot import/,
    );
    const custom = seq([{ class_name: 'my_layers>Gate', config: { name: 'gate' } }]);
    await expect(readKerasH5(await kerasFile({ config: custom, weights: {} }), 'm.h5')).rejects.toThrow(
      /Layer "gate" is a my_layers>Gate.*custom object/,
    );
    const nested = seq([seq([{ class_name: 'Conv3D', config: { name: 'deep_conv' } }])]);
    await expect(readKerasH5(await kerasFile({ config: nested, weights: {} }), 'm.h5')).rejects.toThrow(/Layer "deep_conv" is a Conv3D/);
  });

  it('refuses a tf.keras GRU with reset_after=True by name', async () => {
    const config = seq([{ class_name: 'GRU', config: { name: 'gru', units: 2, reset_after: true, batch_input_shape: [null, 3, 2] } }]);
    await expect(readKerasH5(await kerasFile({ config, weights: {} }), 'm.h5')).rejects.toThrow(
      /Layer "gru" \(GRU\) uses reset_after=True/,
    );
  });

  it('names a weight whose shape disagrees with its layer', async () => {
    const config = seq([dense('dense_1', 8, { batch_input_shape: [null, 4] })]);
    const bytes = await kerasFile({ config, weights: { dense_1: denseWeights('dense_1', 4, 10) } });
    await expect(readKerasH5(bytes, 'm.h5')).rejects.toThrow(
      'Weight dense_1/kernel has shape [4, 10] in the file but the layer needs [4, 8]',
    );
  });

  it('names missing and extra weights', async () => {
    const config = seq([dense('a', 2, { batch_input_shape: [null, 3] }), dense('b', 2)]);
    await expect(readKerasH5(await kerasFile({ config, weights: { a: denseWeights('a', 3, 2) } }), 'm.h5')).rejects.toThrow(
      /no weights for layer "b", which needs b\/kernel, b\/bias/,
    );
    await expect(
      readKerasH5(await kerasFile({ config, weights: { a: denseWeights('a', 3, 2), b: [denseWeights('b', 2, 2)[0]] } }), 'm.h5'),
    ).rejects.toThrow(/layer "b" has 1 weights in the file \(b_W\) but the layer needs 2/);
    const extra = { a: denseWeights('a', 3, 2), b: denseWeights('b', 2, 2), ghost: denseWeights('ghost', 2, 2) };
    await expect(readKerasH5(await kerasFile({ config, weights: extra }), 'm.h5')).rejects.toThrow(
      /weights for a layer "ghost" that the model configuration does not have/,
    );
  });

  it('converts float64 weights to float32 and refuses other types by name', async () => {
    const config = seq([dense('d', 1, { batch_input_shape: [null, 2] })]);
    const f64 = await kerasFile({
      config,
      weights: {
        d: [
          { name: 'k', data: Float64Array.from([2, 3]), shape: [2, 1], dtype: '<d' },
          { name: 'b', data: Float64Array.from([1]), shape: [1], dtype: '<d' },
        ],
      },
    });
    expect(Array.from(((await load(f64)).predict(tf.tensor2d([[1, 1]])) as tf.Tensor).dataSync())).toEqual([6]);
    const f16 = await writeH5((file) => {
      file.create_attribute('keras_version', '2.2.4');
      file.create_attribute('model_config', JSON.stringify(config));
      const g = file.create_group('model_weights');
      g.create_attribute('layer_names', ['d'], [1], 'A1');
      const d = g.create_group('d');
      d.create_attribute('weight_names', ['k', 'b']);
      d.create_dataset({ name: 'k', data: Int32Array.from([1, 2]), shape: [2, 1], dtype: '<i' });
      d.create_dataset({ name: 'b', data: Int32Array.from([1]), shape: [1], dtype: '<i' });
    });
    await expect(readKerasH5(f16, 'm.h5')).rejects.toThrow(/weight "k" of layer "d" is int32; Sparkbook imports float32/);
  });
});

describe('readKerasH5 on Keras 1 files', () => {
  it('imports a Keras 1 LSTM with per-gate weights and predicts as Keras 2 would', async () => {
    const units = 2;
    const input = 3;
    const gate = (g: number, shape: number[]) => ({
      data: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(g * 10 + i)),
      shape,
    });
    // Keras 1 stores i, c, f, o; each W (input×units), U (units×units), b (units).
    const names = ['i', 'c', 'f', 'o'];
    const weights = names.flatMap((n, g) => [
      { name: `lstm_1_W_${n}`, ...gate(g, [input, units]) },
      { name: `lstm_1_U_${n}`, ...gate(g + 4, [units, units]) },
      { name: `lstm_1_b_${n}`, ...gate(g + 8, [units]) },
    ]);
    const config = {
      class_name: 'Sequential',
      config: [
        {
          class_name: 'LSTM',
          config: {
            name: 'lstm_1',
            output_dim: units,
            init: 'glorot_uniform',
            inner_init: 'orthogonal',
            forget_bias_init: 'one',
            activation: 'tanh',
            inner_activation: 'sigmoid',
            batch_input_shape: [null, 4, input],
            consume_less: 'cpu',
          },
        },
      ],
    };
    const model = await load(await kerasFile({ config, version: '1.2.2', weights: { lstm_1: weights } }));

    const reference = tf.sequential({ layers: [tf.layers.lstm({ units, inputShape: [4, input], recurrentActivation: 'sigmoid' })] });
    const byGate = (k: number) =>
      tf.concat(
        [0, 2, 1, 3].map((g) => tf.tensor(weights[g * 3 + k].data, weights[g * 3 + k].shape)),
        -1,
      );
    reference.setWeights([byGate(0), byGate(1), byGate(2)]);
    const x = tf.randomNormal([2, 4, input], 0, 1, 'float32', 11);
    expect(Array.from((model.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((reference.predict(x) as tf.Tensor).dataSync()));
  });

  it('imports a Theano-trained, Theano-ordered Conv2D by transposing and mirroring its kernel', async () => {
    const config = {
      class_name: 'Sequential',
      config: [
        {
          class_name: 'Convolution2D',
          config: {
            name: 'conv',
            nb_filter: 1,
            nb_row: 2,
            nb_col: 2,
            border_mode: 'valid',
            subsample: [1, 1],
            dim_ordering: 'th',
            init: 'glorot_uniform',
            activation: 'linear',
            bias: true,
            batch_input_shape: [null, 1, 2, 2],
          },
        },
      ],
    };
    // Theano convolves: output = sum(x[r][c] * W[1-r][1-c]).
    const kernel = { name: 'conv_W', data: Float32Array.from([1, 2, 3, 4]), shape: [1, 1, 2, 2] };
    const bytes = await kerasFile({
      config,
      version: '1.2.2',
      backend: 'theano',
      weights: { conv: [kernel, { name: 'conv_b', data: Float32Array.from([0]), shape: [1] }] },
    });
    const out = (await load(bytes)).predict(
      tf.tensor4d([
        [
          [
            [10, 20],
            [30, 40],
          ],
        ],
      ]),
    ) as tf.Tensor;
    expect(Array.from(out.dataSync())).toEqual([10 * 4 + 20 * 3 + 30 * 2 + 40 * 1]);
  });

  it('reads Keras 1 compile settings (lr, Keras 1 names)', async () => {
    const config = {
      class_name: 'Sequential',
      config: [
        {
          class_name: 'Dense',
          config: { name: 'dense_1', output_dim: 2, input_dim: 3, init: 'glorot_uniform', activation: 'softmax', bias: true },
        },
      ],
    };
    const training = {
      optimizer_config: { class_name: 'SGD', config: { lr: 0.01, momentum: 0.9, decay: 0, nesterov: false } },
      loss: 'categorical_crossentropy',
      metrics: ['accuracy'],
      sample_weight_mode: null,
      loss_weights: null,
    };
    const artifacts = await readKerasH5(
      await kerasFile({ config, training, version: null, weights: { dense_1: denseWeights('dense_1', 3, 2) } }),
      'old.h5',
    );
    expect(artifacts.trainingConfig).toEqual({
      loss: 'categorical_crossentropy',
      metrics: ['accuracy'],
      optimizer_config: { class_name: 'Momentum', config: { learning_rate: 0.01, momentum: 0.9, use_nesterov: false } },
    });
    expect(artifacts.modelTopology.keras_version).toBe('1');
  });

  it('imports a model uncompiled, with a note, when its optimizer has an option tfjs lacks', async () => {
    const config = seq([dense('d', 1, { batch_input_shape: [null, 2] })]);
    const training = {
      optimizer_config: { class_name: 'RMSprop', config: { lr: 0.001, rho: 0.9, decay: 1e-6 } },
      loss: 'mse',
      metrics: [],
      sample_weight_mode: null,
      loss_weights: null,
    };
    const artifacts = await readKerasH5(await kerasFile({ config, training, weights: { d: denseWeights('d', 2, 1) } }), 'm.h5');
    expect(artifacts.trainingConfig).toBeUndefined();
    expect(artifacts.importNotes).toEqual([
      expect.stringMatching(/imported without its compile settings.*RMSprop optimizer uses decay=0\.000001,/),
    ]);
  });
});
