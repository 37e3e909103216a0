import * as tf from '@tensorflow/tfjs';
import { strFromU8, unzipSync } from 'fflate';
import type { Group } from 'h5wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readH5 } from './h5';
import { artifactsOf, loadAndPredict, randomizeWeights, TEST_MODELS } from '../../../testing/formatTestModels';
import { readKerasZip } from './readKerasZip';
import { writeKerasZip } from './writeKerasZip';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(() => tf.disposeVariables());

/** tfjs writes camelCase optimizer options, trainingConfig.ts snake_case; both load. */
function optimizerOf(config: tf.io.TrainingConfig): { class_name: string; learningRate: unknown } {
  const optimizer = config.optimizer_config as { class_name: string; config: Record<string, unknown> };
  return { class_name: optimizer.class_name, learningRate: optimizer.config.learningRate ?? optimizer.config.learning_rate };
}

describe('writeKerasZip then readKerasZip', () => {
  for (const testModel of TEST_MODELS) {
    it(`round-trips a ${testModel.name} with identical predictions and compile settings`, async () => {
      const model = testModel.build();
      randomizeWeights(model);
      const input = testModel.input();
      const expected = Array.from((model.predict(input) as tf.Tensor).dataSync());
      const artifacts = await artifactsOf(model);

      const read = await readKerasZip(await writeKerasZip(artifacts), 'model.keras');
      const { model: loaded, output } = await loadAndPredict(read, input);

      expect(output).toEqual(expected);
      expect(loaded.layers.map((l) => l.getClassName()).filter((c) => c !== 'InputLayer')).toEqual(
        model.layers.map((l) => l.getClassName()).filter((c) => c !== 'InputLayer'),
      );
      expect(loaded.weights.map((w) => w.shape)).toEqual(model.weights.map((w) => w.shape));
      if (artifacts.trainingConfig) {
        const before = artifacts.trainingConfig;
        const after = read.trainingConfig!;
        expect(after.loss).toEqual(before.loss);
        expect(after.metrics ?? null).toEqual(before.metrics ?? null);
        expect(optimizerOf(after).class_name).toBe(optimizerOf(before).class_name);
        expect(optimizerOf(after).learningRate).toBe(optimizerOf(before).learningRate);
        expect(loaded.optimizer.getClassName()).toBe(model.optimizer.getClassName());
      } else {
        expect(read.trainingConfig).toBeUndefined();
      }
      model.dispose();
      loaded.dispose();
      input.dispose();
    });
  }
});

describe('writeKerasZip file layout', () => {
  it('writes config.json, metadata.json and model.weights.h5 the way Keras 3 saves them', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 3, inputShape: [4, 2], name: 'hidden' }),
        tf.layers.lstm({ units: 2, recurrentActivation: 'sigmoid', name: 'memory' }),
        tf.layers.dense({ units: 1, name: 'out' }),
      ],
    });
    const files = unzipSync(await writeKerasZip(await artifactsOf(model)));
    expect(Object.keys(files).sort()).toEqual(['config.json', 'metadata.json', 'model.weights.h5']);

    const metadata = JSON.parse(strFromU8(files['metadata.json']));
    expect(metadata.keras_version).toMatch(/^3\./);
    expect(metadata.date_saved).toMatch(/^\d{4}-\d\d-\d\d@\d\d:\d\d:\d\d$/);

    const config = JSON.parse(strFromU8(files['config.json']));
    expect(config).toMatchObject({ module: 'keras', class_name: 'Sequential', registered_name: null });
    expect(config.config.layers[0]).toEqual({
      module: 'keras.layers',
      class_name: 'InputLayer',
      config: { batch_shape: [null, 4, 2], dtype: 'float32', sparse: false, name: 'input_layer' },
      registered_name: null,
    });
    expect(config.config.layers[1].config).toMatchObject({
      name: 'hidden',
      units: 3,
      kernel_initializer: {
        // tfjs's Dense defaults to glorotNormal, written as the VarianceScaling it is; tfjs's
        // "normal" distribution is truncated, which Keras 3 calls truncated_normal.
        module: 'keras.initializers',
        class_name: 'VarianceScaling',
        config: { scale: 1, mode: 'fan_avg', distribution: 'truncated_normal' },
        registered_name: null,
      },
    });
    expect(config.config.layers[1].config).not.toHaveProperty('batch_input_shape');

    const paths = await readH5(files['model.weights.h5'], (file) => file.paths());
    expect(paths).toEqual(
      expect.arrayContaining([
        'vars',
        'layers/dense/vars/0',
        'layers/dense/vars/1',
        'layers/lstm/vars',
        'layers/lstm/cell/vars/0',
        'layers/lstm/cell/vars/2',
        'layers/dense_1/vars/1',
      ]),
    );
    expect(paths.some((p) => p.includes('input_layer'))).toBe(false);
    const name = await readH5(files['model.weights.h5'], (file) => (file.get('layers/dense_1/vars') as Group).attrs['name'].value);
    expect(name).toBe('out');
    model.dispose();
  });

  it('writes a functional model with KerasTensor inbound nodes and one bare input and output', async () => {
    const testModel = TEST_MODELS.find((m) => m.name.startsWith('functional'))!;
    const model = testModel.build();
    const config = JSON.parse(strFromU8(unzipSync(await writeKerasZip(await artifactsOf(model)))['config.json']));
    expect(config).toMatchObject({ module: 'keras', class_name: 'Model' });
    expect(config.config.input_layers).toEqual(['features', 0, 0]);
    expect(config.config.output_layers).toEqual(['out', 0, 0]);
    const sum = config.config.layers.find((l: { name: string }) => l.name === 'sum');
    expect(sum.inbound_nodes).toEqual([
      {
        args: [
          [
            { class_name: '__keras_tensor__', config: { shape: [null, 5], dtype: 'float32', keras_history: ['branch_a', 0, 0] } },
            { class_name: '__keras_tensor__', config: { shape: [null, 5], dtype: 'float32', keras_history: ['branch_b', 0, 0] } },
          ],
        ],
        kwargs: {},
      },
    ]);
    expect(config.compile_config).toMatchObject({
      loss: 'binary_crossentropy',
      optimizer: { module: 'keras.optimizers', class_name: 'Adam' },
    });
    model.dispose();
  });

  it("refuses tfjs's default LSTM gate activation, which Keras 3 computes differently, and says what to use", async () => {
    const model = tf.sequential({ layers: [tf.layers.lstm({ units: 2, inputShape: [3, 2], name: 'memory' })] });
    await expect(writeKerasZip(await artifactsOf(model))).rejects.toThrow(
      /Layer "memory" \(LSTM\) uses recurrent_activation "hard_sigmoid".*recurrentActivation: 'sigmoid'/,
    );
    model.dispose();
  });
});
