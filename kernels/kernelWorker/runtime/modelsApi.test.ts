import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelRecord } from '../../../lib/models/modelRecord';
import { createMemoryModelStore } from '../../../lib/persistence/modelStoreMemory';
import { createModels } from './modelsApi';
import { rememberTraining, trainingMemoryCallback } from './modelTraining';

function irisLikeModel(seed = 1) {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

function setup() {
  const downloads: { name: string; bytes: Uint8Array }[][] = [];
  const store = createMemoryModelStore();
  const models = createModels({
    store: () => store,
    notebook: () => ({ id: 'nb-1', title: 'Iris' }),
    origin: 'http://localhost:3000',
    download: (files) => downloads.push(files),
  });
  return { models, store, downloads };
}

const x = tf.tensor2d([
  [5.1, 3.5, 1.4, 0.2],
  [6.2, 2.9, 4.3, 1.3],
  [7.7, 3.0, 6.1, 2.3],
]);
const y = tf.oneHot(tf.tensor1d([0, 1, 2], 'int32'), 3).toFloat();
afterEach(() => tf.disposeVariables());

describe('models in a cell', () => {
  it('saves a trained model with its notebook and training, and loads it back compiled with the same predictions', async () => {
    const { models } = setup();
    const model = irisLikeModel();
    await model.fit(x, y, { epochs: 2, batchSize: 3, verbose: 0, callbacks: [trainingMemoryCallback(model, { epochs: 2, batchSize: 3 })] });
    const saved = await models.save(model, 'iris', { notes: 'two epochs' });
    expect(saved).toMatchObject({
      name: 'iris',
      version: 1,
      notes: 'two epochs',
      notebookId: 'nb-1',
      notebookTitle: 'Iris',
      params: 67,
      inputShapes: [[null, 4]],
      outputShapes: [[null, 3]],
      className: 'Sequential',
    });
    expect(saved.training).toMatchObject({ by: 'model.fit', config: { epochs: 2, batchSize: 3 } });
    expect(Object.keys(saved.training!.metrics).sort()).toEqual(['acc', 'loss']);
    // The stored record holds more than cells are told about, e.g. the summary the Models page shows.
    expect((saved as ModelRecord).summary.layers.map((l) => l.className)).toEqual(['Dense', 'Dense']);

    const loaded = await models.load('iris');
    expect(loaded.optimizer).toBeDefined();
    expect(Array.from(await (loaded.predict(x) as tf.Tensor).data())).toEqual(Array.from(await (model.predict(x) as tf.Tensor).data()));
    // Compiled with the same loss, and Adam's state came along: one more step matches to float
    // rounding, where a fresh Adam (bias correction restarting at step 1) moves much further.
    const fresh = await models.load('iris');
    fresh.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
    for (const m of [model, loaded, fresh]) await m.fit(x, y, { epochs: 1, batchSize: 3, verbose: 0 });
    const after = async (m: tf.LayersModel) => Array.from(await (m.predict(x) as tf.Tensor).data());
    const gap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
    expect(gap(await after(loaded), await after(model))).toBeLessThan(1e-6);
    expect(gap(await after(fresh), await after(model))).toBeGreaterThan(1e-4);
  });

  it('records the spark.fit job that trained a model', async () => {
    const { models } = setup();
    const model = irisLikeModel();
    rememberTraining(model, {
      by: 'spark.fit',
      jobId: 'job-abc',
      config: { executors: 2, backends: ['wasm'], epochs: 3 },
      metrics: { loss: 0.2, acc: 0.95 },
    });
    expect((await models.save(model, 'iris')).training).toEqual({
      by: 'spark.fit',
      jobId: 'job-abc',
      config: { executors: 2, backends: ['wasm'], epochs: 3 },
      metrics: { loss: 0.2, acc: 0.95 },
    });
  });

  it('versions a name, lists the latest, loads a given version and deletes one or all', async () => {
    const { models } = setup();
    await models.save(irisLikeModel(1), 'iris');
    await models.save(irisLikeModel(2), 'iris');
    await models.save(irisLikeModel(3), 'other');
    expect((await models.list()).map((r) => `${r.name}@${r.version}`).sort()).toEqual(['iris@2', 'other@1']);
    expect(await models.list({ versions: 'all' })).toHaveLength(3);
    const v1 = await models.load('iris@1');
    const v2 = await models.load('iris');
    expect(Array.from(await (v1.predict(x) as tf.Tensor).data())).not.toEqual(Array.from(await (v2.predict(x) as tf.Tensor).data()));
    expect(await models.delete('iris@1')).toEqual(['iris@1']);
    await models.save(irisLikeModel(4), 'iris');
    expect((await models.delete('iris')).sort()).toEqual(['iris@2', 'iris@3']);
    expect((await models.list()).map((r) => r.name)).toEqual(['other']);
  });

  it('says which models exist when a name is wrong, and what to pass', async () => {
    const { models } = setup();
    await expect(models.load('iris')).rejects.toThrow(
      "models.load: there is no model 'iris' in the repository. Save one with models.save(model, name)",
    );
    await models.save(irisLikeModel(), 'iris');
    await expect(models.load('irsi')).rejects.toThrow(/no model 'irsi' in the repository. Saved models: iris\./);
    await expect(models.load(undefined as unknown as string)).rejects.toThrow(/pass a model's name, name@version or id/);
    await expect(models.save({} as tf.LayersModel, 'x')).rejects.toThrow(/must be a tf.LayersModel/);
    await expect(models.save(irisLikeModel(), 'a@b')).rejects.toThrow(/cannot contain '@'/);
  });

  it('refuses to fetch a model from another site', async () => {
    const { models, store } = setup();
    await expect(models.import('https://example.com/model.h5')).rejects.toThrow(
      /on another site; Sparkbook only fetches from its own origin/,
    );
    await expect(models.import(new Uint8Array([1, 2, 3]))).rejects.toThrow(/fileName/);
    expect(await store.list()).toEqual([]);
  });
});
