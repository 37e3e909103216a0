import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { gemmVariant } from './gemm';
import { maxRelativeError, onWasmWithGemm, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

const FLAGS = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

// 'relaxed' and 'plain': gemm.wat's product (fused multiply-adds, or multiply then add); 'off':
// XNNPACK with the operands transposed first (matMulWithoutTransposes.ts).
describe.each(['relaxed', 'plain', 'off'] as const)('BatchMatMul and _FusedMatMul on WASM (product: %s)', (variant) => {
  onWasmWithGemm(variant);

  it('runs on the pinned product', () => {
    // vitest.config.mts enables relaxed SIMD on Node 20, as browsers have it.
    expect(gemmVariant()).toBe(variant === 'off' ? null : variant);
  });

  it('matches the CPU backend on blocks wider than a cache pass, K and row blocks, and 1-wide edges', async () => {
    const r = seededRandom(13);
    // k = 2,100: B's 8-column panels no longer fit one 256 KB pass (4 per pass, 7 panels); k > 1,024
    // goes in K blocks of 512; m = 1,030 with k = 1,023 in row blocks of 1,024 and 6.
    for (const [m, k, n, transposeA, transposeB] of [
      [9, 2100, 50, false, false],
      [13, 1500, 9, true, true],
      [1030, 1023, 9, false, false],
      [1030, 1023, 10, true, true],
      [1, 5, 1, true, true],
      [4, 1, 8, false, true],
      [67, 129, 33, true, false],
    ] as const) {
      const aShape = transposeA ? [k, m] : [m, k];
      const bShape = transposeB ? [n, k] : [k, n];
      const a = randomArray(r, m * k);
      const b = randomArray(r, k * n);
      const run = () => tf.matMul(tf.tensor(a, aShape), tf.tensor(b, bShape), transposeA, transposeB);
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${aShape} x ${bShape}`).toBeLessThan(1e-4);
    }
  });

  it('match the CPU backend for every transpose combination, batch and broadcast shape', async () => {
    const r = seededRandom(5);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    for (let i = 0; i < 24; i++) {
      const [transposeA, transposeB] = FLAGS[i % 4];
      const [m, k, n] = [int(1, 40), int(1, 40), int(1, 40)];
      const batchA = i % 3 === 0 ? [] : [int(1, 3)];
      const batchB = batchA.length && i % 2 ? [1] : batchA;
      const aShape = [...batchA, ...(transposeA ? [k, m] : [m, k])];
      const bShape = [...batchB, ...(transposeB ? [n, k] : [k, n])];
      const a = randomArray(
        r,
        aShape.reduce((p, q) => p * q, 1),
      );
      const b = randomArray(
        r,
        bShape.reduce((p, q) => p * q, 1),
      );
      const run = () => tf.matMul(tf.tensor(a, aShape), tf.tensor(b, bShape), transposeA, transposeB);
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${aShape} x ${bShape} ${transposeA} ${transposeB}`).toBeLessThan(1e-4);
    }
  });

  it('match the CPU backend for fused bias and activations, and for their gradients', async () => {
    const r = seededRandom(9);
    for (const [i, activation] of (['linear', 'relu', 'elu', 'relu6', 'sigmoid'] as const).entries()) {
      const [transposeA, transposeB] = FLAGS[i % 4];
      const [m, k, n] = [17, 23, 11];
      const aShape = transposeA ? [k, m] : [m, k];
      const bShape = transposeB ? [n, k] : [k, n];
      const a = randomArray(r, m * k);
      const b = randomArray(r, k * n);
      const bias = randomArray(r, n);
      const run = () => {
        const [at, bt, biast] = [tf.tensor2d(a, aShape as [number, number]), tf.tensor2d(b, bShape as [number, number]), tf.tensor1d(bias)];
        const f = (x: tf.Tensor2D, w: tf.Tensor2D, c: tf.Tensor1D) =>
          tf.fused.matMul({ a: x, b: w, transposeA, transposeB, bias: c, activation }).square().sum();
        const out = tf.fused.matMul({ a: at, b: bt, transposeA, transposeB, bias: biast, activation });
        return [out, ...tf.grads(f as never)([at, bt, biast])];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      actual.forEach((v, j) => expect(maxRelativeError(v, expected[j]), `${activation} output ${j}`).toBeLessThan(1e-4));
    }
  });
});
