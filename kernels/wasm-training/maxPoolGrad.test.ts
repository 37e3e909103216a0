import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { simdKernelsFor } from './simdKernels';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';
import type { WasmBackend } from './wasmBackend';

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
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      ).map((v) => (i % 3 === 0 ? Math.max(0, v) : v));
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, filter, strides, pad);
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) =>
          tf
            .maxPool(v as tf.Tensor4D, filter, strides, pad)
            .mul(dy)
            .sum(),
        )(xs);
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
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      ).map((v) => (i % 2 ? Math.max(0, v) : v));
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, 2, strides, 'valid');
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) =>
          tf
            .maxPool(v as tf.Tensor4D, 2, strides, 'valid')
            .mul(dy)
            .sum(),
        )(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape} stride ${strides}`).toBeLessThan(1e-4);
    }
  });
});

describe('MaxPoolGrad on WASM with 2x2 windows, stride 2 and channels in fours (the SIMD loop)', () => {
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });

  it('runs as WebAssembly SIMD in Node', () => {
    expect(simdKernelsFor(tf.backend() as unknown as WasmBackend)).not.toBeNull();
  });

  it('matches the CPU backend on odd and even sizes, with ties, zeros and -Infinity in the windows', async () => {
    const r = seededRandom(41);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    for (let i = 0; i < 16; i++) {
      const shape: [number, number, number, number] = [int(1, 3), int(2, 11), int(2, 11), 4 * int(1, 5)];
      // Values on a coarse grid tie often; ReLU-like cases are mostly equal zeros; some -Infinity.
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      ).map((v) => {
        if (i % 4 === 3 && v < -0.8) return Number.NEGATIVE_INFINITY;
        const coarse = Math.round(v * 2) / 2;
        return i % 2 ? Math.max(0, coarse) : coarse;
      });
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, 2, 2, 'valid');
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) =>
          tf
            .maxPool(v as tf.Tensor4D, 2, 2, 'valid')
            .mul(dy)
            .sum(),
        )(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape}`).toBeLessThan(1e-4);
    }
  });

  it('matches the CPU backend on the CNN shapes (28x28x16 and 14x14x32, batch 8)', async () => {
    const r = seededRandom(43);
    for (const shape of [
      [8, 28, 28, 16],
      [8, 14, 14, 32],
    ] as [number, number, number, number][]) {
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      ).map((v) => Math.max(0, v));
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const y = tf.maxPool(xs, 2, 2, 'valid');
        const dy = tf.tensor(randomArray(seededRandom(5), y.size), y.shape);
        return tf.grad((v: tf.Tensor) =>
          tf
            .maxPool(v as tf.Tensor4D, 2, 2, 'valid')
            .mul(dy)
            .sum(),
        )(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape}`).toBeLessThan(1e-4);
    }
  });
});
