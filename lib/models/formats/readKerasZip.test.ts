import * as tf from '@tensorflow/tfjs';
import { strToU8, zipSync } from 'fflate';
import type { Group } from 'h5wasm';
import { describe, expect, it } from 'vitest';
import { writeH5 } from './h5';
import { KERAS_3_DTYPE_POLICY_SEQUENTIAL } from './keras3ConfigExamples';
import { readKerasZip } from './readKerasZip';

type Vars = Record<string, { data: Float32Array | Float64Array | Int32Array; shape: number[] }[]>;

/** A model.weights.h5 laid out as Keras 3's saving_lib writes it: `<path>/vars/0, 1, ...`. */
function weightsFile(vars: Vars): Promise<Uint8Array> {
  return writeH5((file) => {
    file.create_group('vars');
    for (const [path, values] of Object.entries(vars)) {
      let group: Group = file;
      for (const part of `${path}/vars`.split('/')) group = (group.get(part) as Group | null) ?? group.create_group(part);
      values.forEach(({ data, shape }, i) => {
        const dtype = data instanceof Float64Array ? '<d' : data instanceof Int32Array ? '<i' : '<f';
        group.create_dataset({ name: String(i), data, shape, dtype });
      });
    }
  });
}

const counting = (n: number, scale: number) => Float32Array.from({ length: n }, (_, i) => ((i % 7) - 3) * scale);

/** The three Dense layers of the quoted Keras 3 config (8 → 12 → 8 → 1). */
function denseVars(): Vars {
  return {
    'layers/dense': [
      { data: counting(96, 0.1), shape: [8, 12] },
      { data: counting(12, 0.05), shape: [12] },
    ],
    'layers/dense_1': [
      { data: counting(96, 0.07), shape: [12, 8] },
      { data: counting(8, 0.02), shape: [8] },
    ],
    'layers/dense_2': [
      { data: counting(8, 0.3), shape: [8, 1] },
      { data: Float32Array.of(0.1), shape: [1] },
    ],
  };
}

async function kerasFile(vars: Vars, config = KERAS_3_DTYPE_POLICY_SEQUENTIAL): Promise<Uint8Array> {
  return zipSync({
    'metadata.json': strToU8('{"keras_version": "3.3.3", "date_saved": "2024-05-01@10:00:00"}'),
    'config.json': strToU8(config),
    'model.weights.h5': await weightsFile(vars),
  });
}

/** relu(x W0 + b0) → relu(. W1 + b1) → sigmoid(. W2 + b2), in plain arithmetic. */
function denseForward(vars: Vars, x: number[]): number[] {
  let h = x;
  const activations = [(v: number) => Math.max(0, v), (v: number) => Math.max(0, v), (v: number) => 1 / (1 + Math.exp(-v))];
  Object.values(vars).forEach(([w, b], layer) => {
    const cols = w.shape[1];
    h = Array.from({ length: cols }, (_, j) =>
      activations[layer](h.reduce((sum, xi, i) => sum + xi * w.data[i * cols + j], 0) + b.data[j]),
    );
  });
  return h;
}

describe('readKerasZip', () => {
  it('reads a Keras 3 file: the architecture, Keras version, compile settings and weights in place', async () => {
    const vars = denseVars();
    const artifacts = await readKerasZip(await kerasFile(vars), 'diabetes.keras');
    expect(artifacts.modelTopology.keras_version).toBe('3.3.3');
    expect(artifacts.weightSpecs.map((s) => `${s.name} ${s.shape.join('x')}`)).toEqual([
      'dense/kernel 8x12',
      'dense/bias 12',
      'dense_1/kernel 12x8',
      'dense_1/bias 8',
      'dense_2/kernel 8x1',
      'dense_2/bias 1',
    ]);
    expect(artifacts.trainingConfig).toMatchObject({ loss: 'binary_crossentropy', metrics: ['accuracy'] });

    const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
    const x = [0.5, -1, 2, 0, 1.5, -0.25, 3, 1];
    const predicted = (model.predict(tf.tensor2d([x])) as tf.Tensor).dataSync()[0];
    expect(predicted).toBeCloseTo(denseForward(vars, x)[0], 5);
    model.dispose();
  });

  it('narrows float64 weights to float32', async () => {
    const vars = denseVars();
    vars['layers/dense_2'][0] = { data: Float64Array.from(vars['layers/dense_2'][0].data), shape: [8, 1] };
    const artifacts = await readKerasZip(await kerasFile(vars), 'm.keras');
    expect(artifacts.weightSpecs.every((s) => s.dtype === 'float32')).toBe(true);
    expect(artifacts.weightData.byteLength).toBe((96 + 12 + 96 + 8 + 8 + 1) * 4);
  });

  it('reads the tf.keras 2.13-2.15 layout under _layer_checkpoint_dependencies', async () => {
    const vars = Object.fromEntries(
      Object.entries(denseVars()).map(([path, v]) => [path.replace('layers', '_layer_checkpoint_dependencies'), v]),
    );
    const artifacts = await readKerasZip(await kerasFile(vars), 'm.keras');
    expect(artifacts.weightSpecs).toHaveLength(6);
  });

  it('says so when the file is not a zip at all', async () => {
    await expect(readKerasZip(strToU8('{"not": "a zip"}'), 'notes.keras')).rejects.toThrow(
      /notes.keras is not a Keras .keras file \(a .keras file is a zip archive/,
    );
  });

  it('says so when the zip has no config.json', async () => {
    const zip = zipSync({ 'photo.png': new Uint8Array([1, 2, 3]) });
    await expect(readKerasZip(zip, 'photos.keras')).rejects.toThrow(
      /photos.keras is not a Keras .keras file: the zip archive has no config.json \(it holds photo.png\)/,
    );
  });

  it('names the layer and the weight when a variable is missing', async () => {
    const vars = denseVars();
    vars['layers/dense_1'] = vars['layers/dense_1'].slice(0, 1);
    await expect(readKerasZip(await kerasFile(vars), 'm.keras')).rejects.toThrow(
      /layer "dense_1" \(model.weights.h5 layers\/dense_1\/vars\) is missing variables: it has 1, the model needs 2 \(dense_1\/kernel \[12, 8\], dense_1\/bias \[8\]\)/,
    );
  });

  it('names the weight whose shape does not match the config', async () => {
    const vars = denseVars();
    vars['layers/dense_1'][0] = { data: counting(120, 0.1), shape: [12, 10] };
    await expect(readKerasZip(await kerasFile(vars), 'm.keras')).rejects.toThrow(
      /weight "dense_1\/kernel" has shape \[12, 10\] in model.weights.h5, but the model's config needs \[12, 8\]/,
    );
  });

  it('refuses weights for a layer the config does not have, and integer weights', async () => {
    const extra = { ...denseVars(), 'layers/dense_3': [{ data: counting(2, 1), shape: [2] }] };
    await expect(readKerasZip(await kerasFile(extra), 'm.keras')).rejects.toThrow(
      /weights for layers the config does not have \(dense_3\)/,
    );
    const ints = denseVars();
    ints['layers/dense_2'][1] = { data: Int32Array.of(1), shape: [1] };
    await expect(readKerasZip(await kerasFile(ints), 'm.keras')).rejects.toThrow(/weight "dense_2\/bias" is stored as int32/);
  });

  it('refuses a zip whose weights file is missing', async () => {
    const zip = zipSync({ 'config.json': strToU8(KERAS_3_DTYPE_POLICY_SEQUENTIAL) });
    await expect(readKerasZip(zip, 'm.keras')).rejects.toThrow(/m.keras has no model.weights.h5/);
  });
});
