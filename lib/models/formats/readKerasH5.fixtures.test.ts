/**
 * Real .h5 files written by Keras 1.2, Keras 2.0–2.3 (see fixtures/SOURCES.md): each imports with
 * the architecture fixtures.json records; Dense models predict what a plain matrix computation
 * from the file's raw datasets gives; where the fixture comes with Keras's own predictions
 * (`*.io.h5`), tfjs reproduces them.
 */
import * as tf from '@tensorflow/tfjs';
import type * as H5 from 'h5wasm';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readH5 } from './h5';
import { readKerasH5 } from './readKerasH5';

interface Fixture {
  file: string;
  format: string;
  modelClass: string;
  layers: string[];
  inputShape: (number | null)[];
  outputShape: (number | null)[];
  hasTrainingConfig: boolean;
  weights: { name: string; shape: number[] }[];
}

const dir = join(__dirname, 'fixtures');
const fixtures: Fixture[] = existsSync(join(dir, 'fixtures.json')) ? JSON.parse(readFileSync(join(dir, 'fixtures.json'), 'utf8')) : [];
const h5Fixtures = fixtures.filter((f) => f.file.endsWith('.h5'));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(dir, file)));

/** Keras 1 class names as Keras 2 (and tfjs) call the same layers. */
const KERAS2_NAMES: Record<string, string> = { Convolution1D: 'Conv1D', Convolution2D: 'Conv2D' };

async function load(fixture: Fixture) {
  const artifacts = await readKerasH5(bytesOf(fixture.file), fixture.file);
  return { artifacts, model: await tf.loadLayersModel(tf.io.fromMemory(artifacts as unknown as tf.io.ModelArtifacts)) };
}

const ACTIVATIONS: Record<string, (row: number[]) => number[]> = {
  linear: (r) => r,
  relu: (r) => r.map((v) => Math.max(0, v)),
  tanh: (r) => r.map(Math.tanh),
  sigmoid: (r) => r.map((v) => 1 / (1 + Math.exp(-v))),
  softmax: (r) => {
    const max = Math.max(...r);
    const e = r.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  },
};

/** y = activation(x·W + b) layer by layer, from the datasets and config as stored, in float64. */
async function plainDenseForward(fixture: Fixture, x: number[][]): Promise<number[][]> {
  const { config, weights } = await readH5(bytesOf(fixture.file), (file) => ({
    config: JSON.parse(String(file.attrs.model_config.value)),
    weights: fixture.weights.map((w) => Array.from((file.get(w.name) as H5.Dataset).value as Float32Array)),
  }));
  const layers = (Array.isArray(config.config) ? config.config : config.config.layers) as {
    class_name: string;
    config: Record<string, unknown>;
  }[];
  // fixtures.json lists datasets by path, so a layer's kernel is its 2-D one and its bias the 1-D one.
  const ofLayer = (name: string, rank: number) => {
    const i = fixture.weights.findIndex((w) => w.name.split('/')[1] === name && w.shape.length === rank);
    return { values: weights[i], shape: fixture.weights[i].shape };
  };
  let out = x;
  for (const layer of layers) {
    if (layer.class_name === 'Dense') {
      const kernel = ofLayer(String(layer.config.name), 2);
      const bias = ofLayer(String(layer.config.name), 1).values;
      const cols = kernel.shape[1];
      out = out.map((row) =>
        Array.from({ length: cols }, (_, j) => row.reduce((sum, v, i) => sum + v * kernel.values[i * cols + j], bias[j])),
      );
    }
    if (layer.class_name === 'Dense' || layer.class_name === 'Activation') out = out.map(ACTIVATIONS[String(layer.config.activation)]);
  }
  return out;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  expect(actual.length).toBe(expected.length);
  const worst = Array.from(actual).reduce((m, v, i) => Math.max(m, Math.abs(v - expected[i])), 0);
  expect(worst).toBeLessThan(tolerance);
}

describe.skipIf(h5Fixtures.length === 0)('readKerasH5 on files Keras wrote', () => {
  for (const fixture of h5Fixtures) {
    it(`imports ${fixture.file} (${fixture.format}) with the recorded architecture`, async () => {
      const { artifacts, model } = await load(fixture);
      const expected = fixture.layers.map((name) => KERAS2_NAMES[name] ?? name);
      const actual = model.layers.map((l) => l.getClassName());
      // A Sequential's InputLayer is implicit in tfjs unless the config lists one.
      expect(actual.filter((c) => c !== 'InputLayer')).toEqual(expected.filter((c) => c !== 'InputLayer'));
      expect(model.inputs[0].shape).toEqual(fixture.inputShape);
      expect(model.outputs[0].shape).toEqual(fixture.outputShape);
      expect(artifacts.weightSpecs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0)).toBe(
        fixture.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0),
      );
      // Compile settings come across, or the import says why not.
      expect(Boolean(artifacts.trainingConfig) || Boolean(artifacts.importNotes?.length)).toBe(fixture.hasTrainingConfig);
    });
  }

  const denseOnly = h5Fixtures.filter((f) => f.layers.every((l) => ['Dense', 'Activation', 'InputLayer'].includes(l)));
  for (const fixture of denseOnly) {
    it(`predicts with ${fixture.file} what x·W + b over its raw datasets gives`, async () => {
      const { model } = await load(fixture);
      const width = fixture.inputShape[1] as number;
      const x = Array.from({ length: 3 }, (_, r) => Array.from({ length: width }, (_, c) => Math.sin(r * 7 + c)));
      const predicted = (model.predict(tf.tensor2d(x)) as tf.Tensor).dataSync();
      expectClose(predicted, (await plainDenseForward(fixture, x)).flat(), 1e-5);
    });
  }

  const withReference = h5Fixtures.filter((f) => existsSync(join(dir, f.file.replace(/\.h5$/, '.io.h5'))));
  for (const fixture of withReference) {
    it(`reproduces Keras's own predictions for ${fixture.file}`, async () => {
      const { model } = await load(fixture);
      const io = await readH5(bytesOf(fixture.file.replace(/\.h5$/, '.io.h5')), (file) => {
        const only = (group: string) => {
          const g = file.get(group) as H5.Group;
          const d = g.get(g.keys()[0]) as H5.Dataset;
          return { data: d.value as Float32Array, shape: d.shape as number[] };
        };
        return { input: only('inputs'), predictions: only('predictions') };
      });
      const predicted = (model.predict(tf.tensor(io.input.data, io.input.shape)) as tf.Tensor).dataSync();
      expectClose(predicted, io.predictions.data, 1e-5);
    });
  }
});
