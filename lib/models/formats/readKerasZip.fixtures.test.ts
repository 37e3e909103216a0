import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { unzipSync } from 'fflate';
import type { Dataset } from 'h5wasm';
import { describe, expect, it } from 'vitest';
import { readH5 } from './h5';
import { readKerasZip } from './readKerasZip';

const fixtures = join(import.meta.dirname, 'fixtures');
const described = JSON.parse(readFileSync(join(fixtures, 'fixtures.json'), 'utf8')) as {
  file: string;
  format: string;
  layers: string[];
  weights: { name: string; shape: number[] }[];
}[];

/** x W + b, then the activation, in plain arithmetic. */
function dense(x: number[], w: Float32Array, b: Float32Array, activation: (v: number) => number): number[] {
  const cols = b.length;
  return Array.from({ length: cols }, (_, j) => activation(x.reduce((sum, xi, i) => sum + xi * w[i * cols + j], 0) + b[j]));
}

describe('Keras 3 fixtures written by Keras', () => {
  for (const fixture of described.filter((f) => f.format === 'keras3')) {
    it(`imports ${fixture.file} with its architecture, and its Dense layers compute x W + b`, async () => {
      const bytes = new Uint8Array(readFileSync(join(fixtures, fixture.file)));
      const artifacts = await readKerasZip(bytes, fixture.file);
      const layers = (artifacts.modelTopology.config as { layers: { class_name: string }[] }).layers.map((l) => l.class_name);
      expect(layers).toEqual(fixture.layers);
      expect(artifacts.weightSpecs.map((s) => s.shape)).toEqual(fixture.weights.map((w) => w.shape));
      expect(artifacts.trainingConfig).toMatchObject({ loss: 'mean_squared_error', optimizer_config: { class_name: 'Adam' } });

      // The raw datasets, read straight from the file, in the order fixtures.json lists them.
      const raw = await readH5(unzipSync(bytes)['model.weights.h5'], (file) =>
        fixture.weights.map((w) => Float32Array.from((file.get(w.name) as Dataset).value as Float32Array)),
      );
      const x = [0.3, -1.2];
      const relu = (v: number) => Math.max(0, v);
      const h1 = dense(x, raw[0], raw[1], relu);
      const h2 = dense(h1, raw[2], raw[3], relu);
      const expected = dense(h2, raw[4], raw[5], (v) => v);

      const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
      const predicted = Array.from((model.predict(tf.tensor2d([x])) as tf.Tensor).dataSync());
      expected.forEach((v, i) => expect(predicted[i]).toBeCloseTo(v, 5));
      model.dispose();
    });
  }
});
