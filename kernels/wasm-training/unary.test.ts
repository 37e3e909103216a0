import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

describe('unary kernels on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('match the CPU backend for tanh, step and same-dtype casts, small and large', async () => {
    const r = seededRandom(8);
    for (const shape of [[64, 50], [3], [64, 28, 28, 4]]) {
      const values = randomArray(
        r,
        shape.reduce((p, d) => p * d, 1),
      ).map((v, i) => (i % 7 === 0 ? 0 : v * 4));
      const run = () => {
        const x = tf.tensor(values, shape);
        return [tf.tanh(x), tf.step(x), tf.step(x, 0.3), tf.cast(x, 'float32'), tf.clone(x)];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      actual.forEach((v, i) => expect(maxRelativeError(v, expected[i]), `output ${i} for ${shape}`).toBeLessThan(1e-4));
    }
  });

  it('Identity shares its input, and disposing either side keeps the other readable', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const x = tf.tensor([1, 2, 3]);
    const ids = backend.numDataIds();
    const y = tf.clone(x);
    expect(backend.numDataIds()).toBe(ids);
    x.dispose();
    expect(Array.from(y.dataSync())).toEqual([1, 2, 3]);
    y.dispose();
    expect(backend.numDataIds()).toBe(ids - 1);
  });
});
