import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryModelStore } from '../persistence/modelStoreMemory';
import { MAX_IMPORT_BYTES, type ModelFile } from './formats/modelFiles';
import type { ModelFormat } from './modelRecord';
import { exportModel, importModel, loadStoredModel, saveModel } from './modelRepository';

const FIXTURES = join(import.meta.dirname, 'formats', 'fixtures');
const fixture = async (name: string): Promise<ModelFile> => ({
  name: name.split('/').pop()!,
  bytes: new Uint8Array(await readFile(join(FIXTURES, name))),
});

afterEach(() => tf.disposeVariables());

async function predictions(model: tf.LayersModel, x: tf.Tensor): Promise<Float32Array> {
  return (await (model.predict(x) as tf.Tensor).data()) as Float32Array;
}

describe('the model repository', () => {
  it('imports every kind of Keras and TensorFlow.js file under its file name, with its architecture', async () => {
    const store = createMemoryModelStore();
    const h5 = await importModel(store, [await fixture('keras1-lstm.h5')]);
    expect(h5).toMatchObject({
      name: 'keras1-lstm',
      version: 1,
      className: 'Sequential',
      inputShapes: [[null, 1, 1]],
      outputShapes: [[null, 1]],
      importedFrom: { fileName: 'keras1-lstm.h5', format: 'h5' },
    });
    expect(h5.summary.layers.map((l) => l.className)).toEqual(['LSTM', 'Dense']);
    const keras = await importModel(store, [await fixture('keras3-mlp.keras')]);
    expect(keras).toMatchObject({
      name: 'keras3-mlp',
      inputShapes: [[null, 2]],
      outputShapes: [[null, 2]],
      importedFrom: { format: 'keras' },
    });
    const tfjs = await importModel(store, [await fixture('tfjs-lenet/model.json'), await fixture('tfjs-lenet/group1-shard1of1')]);
    expect(tfjs).toMatchObject({ name: 'model', inputShapes: [[null, 28, 28]], importedFrom: { format: 'tfjs' } });
    // Importing the same file again makes a new version.
    expect((await importModel(store, [await fixture('keras1-lstm.h5')])).version).toBe(2);
  });

  it('stores nothing when a file cannot be imported, and says why', async () => {
    const store = createMemoryModelStore();
    await expect(importModel(store, [{ name: 'notes.txt', bytes: new TextEncoder().encode('hello') }])).rejects.toThrow(
      /notes.txt is not a model file Sparkbook can read/,
    );
    await expect(importModel(store, [await fixture('tfjs-lenet/model.json')])).rejects.toThrow(/group1-shard1of1/);
    const h5 = await fixture('keras2-iris.h5');
    await expect(importModel(store, [{ name: 'cut.h5', bytes: h5.bytes.slice(0, 3000) }])).rejects.toThrow(/cut.h5/);
    await expect(importModel(store, [{ name: 'huge.h5', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }])).rejects.toThrow(
      /huge.h5 is 50.0 MB; Sparkbook imports models up to 50.0 MB/,
    );
    await expect(importModel(store, [h5, await fixture('keras3-mlp.keras')])).rejects.toThrow(/Choose one model file at a time/);
    expect(await store.list()).toEqual([]);
  });

  it.each<ModelFormat>(['keras', 'h5', 'tfjs'])(
    'exports a saved model as %s and imports it back with bitwise-identical predictions',
    async (format) => {
      const store = createMemoryModelStore();
      const model = tf.sequential({
        layers: [
          tf.layers.dense({ inputShape: [4], units: 6, activation: 'relu' }),
          tf.layers.dropout({ rate: 0.2 }),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      });
      model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
      const saved = await saveModel(store, model, 'net');
      const files = await exportModel(store, saved, format);
      const back = await importModel(
        store,
        files.map((f) => ({ name: f.name, bytes: f.bytes })),
      );
      expect(back).toMatchObject({ name: 'net', version: 2, params: saved.params, loss: 'categoricalCrossentropy' });
      const x = tf.randomNormal([5, 4], 0, 1, 'float32', 3);
      expect(await predictions(await loadStoredModel(store, back), x)).toEqual(await predictions(model, x));
    },
  );
});
