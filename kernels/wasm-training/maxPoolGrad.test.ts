import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from './testing';

describe('MaxPoolGrad on WASM', () => {
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });

  it('matches the CPU backend on 30 random shapes, windows, strides and paddings, ties included', async () => {
    const r = seededRandom(13);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    for (let i = 0; i < 30; i++) {
      const filter: [number, number] = [int(1, 3), int(1, 3)];
      const shape: [number, number, number, number] = [int(1, 4), int(filter[0], 12), int(filter[1], 12), int(1, 5)];
      const strides: [number, number] = [int(1, 3), int(1, 3)];
      const pad = i % 2 ? 'same' : 'valid';
      // Every third case is ReLU-like: many equal zeros, so the tie rule matters.
      const x = randomArray(r, shape.reduce((a, b) => a * b, 1)).map((v) => (i % 3 === 0 ? Math.max(0, v) : v));
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, filter, strides, pad);
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) => tf.maxPool(v as tf.Tensor4D, filter, strides, pad).mul(dy).sum())(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape} ${filter} ${strides} ${pad}`).toBeLessThan(1e-4);
    }
  });
});

describe('MaxPoolGrad on WASM with 2x2 windows (the unrolled path)', () => {
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('matches the CPU backend for strides 1 and 2, odd sizes and ReLU-like ties', async () => {
    const r = seededRandom(29);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    for (let i = 0; i < 16; i++) {
      const shape: [number, number, number, number] = [int(1, 4), int(2, 11), int(2, 11), int(1, 9)];
      const strides = (i % 4 === 3 ? 1 : 2) as 1 | 2;
      const x = randomArray(r, shape.reduce((a, b) => a * b, 1)).map((v) => (i % 2 ? Math.max(0, v) : v));
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, 2, strides, 'valid');
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) => tf.maxPool(v as tf.Tensor4D, 2, strides, 'valid').mul(dy).sum())(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape} stride ${strides}`).toBeLessThan(1e-4);
    }
  });
});
