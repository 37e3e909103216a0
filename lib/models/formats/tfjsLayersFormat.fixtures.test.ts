import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { readTfjsLayers } from './tfjsLayersFormat';

const fixtures = join(import.meta.dirname, 'fixtures');
const described = JSON.parse(readFileSync(join(fixtures, 'fixtures.json'), 'utf8')) as {
  file: string;
  format: string;
  layers: string[];
  weightFiles?: string[];
  weights: { name: string; shape: number[] }[];
}[];

describe('TensorFlow.js fixtures written by the converter', () => {
  for (const fixture of described.filter((f) => f.format === 'tfjs')) {
    it(`imports ${fixture.file} with its architecture, and Dense_1 computes relu(x W + b)`, async () => {
      const dir = join(fixtures, fixture.file, '..');
      const shards = new Map((fixture.weightFiles ?? []).map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]));
      const artifacts = readTfjsLayers(readFileSync(join(fixtures, fixture.file), 'utf8'), shards);
      const layers = (artifacts.modelTopology.config as { layers: { class_name: string }[] }).layers.map((l) => l.class_name);
      expect(layers).toEqual(fixture.layers);
      expect(artifacts.weightSpecs.map((s) => [s.name, s.shape])).toEqual(fixture.weights.map((w) => [w.name, w.shape]));

      // Raw Dense_1 weights straight from the shard: specs are float32, back to back.
      const raw = new Float32Array(shards.get(fixture.weightFiles![0])!.slice().buffer);
      let offset = 0;
      const slices = new Map(
        fixture.weights.map((w) => {
          const size = w.shape.reduce((a, d) => a * d, 1);
          offset += size;
          return [w.name, raw.subarray(offset - size, offset)] as const;
        }),
      );
      const kernel = slices.get('Dense_1/kernel')!;
      const bias = slices.get('Dense_1/bias')!;

      const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
      const image = tf.tensor3d(
        Float32Array.from({ length: 28 * 28 }, (_, i) => ((i * 37) % 101) / 101),
        [1, 28, 28],
      );
      const outputs = model.predict(image) as tf.Tensor[];
      // outputs: Conv2D_1, MaxPooling2D_1, Conv2D_2, MaxPooling2D_2, Dense_1, Dense_2, Softmax.
      const pooled = Array.from(outputs[3].dataSync());
      const dense1 = Array.from(outputs[4].dataSync());
      const expected = Array.from({ length: bias.length }, (_, j) =>
        Math.max(0, pooled.reduce((sum, xi, i) => sum + xi * kernel[i * bias.length + j], 0) + bias[j]),
      );
      expected.forEach((v, j) => expect(dense1[j]).toBeCloseTo(v, 5));
      expect(outputs[6].shape).toEqual([1, 10]);
      model.dispose();
    });
  }
});
