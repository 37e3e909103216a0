import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simpleBroadcast } from './elementwise';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

/** Shape pairs covering each fast path (equal, scalar either side, trailing-dims bias) and a general broadcast. */
const SHAPES: [number[], number[]][] = [
  [
    [64, 50],
    [64, 50],
  ],
  [[64, 50], []],
  [[], [3, 7]],
  [[1], [5, 4]],
  [[256, 500], [500]],
  [[7], [4, 2, 7]],
  [
    [4, 1, 7],
    [4, 3, 7],
  ], // general broadcast: the stock kernel
  [[64, 28, 28, 16], [16]], // above the small-tensor limit: Add is the SIMD bias add, the rest stock
  [[32], [64, 14, 14, 32]], // the same with the bias on the left
  [[300, 150], [150]], // large, columns not in fours: the stock kernel
];

describe('element-wise kernels on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('recognise only the broadcasts they handle', () => {
    expect(simpleBroadcast([64, 50], [50])).toEqual({ shape: [64, 50], size: 3200, aPeriod: 3200, bPeriod: 50 });
    expect(simpleBroadcast([], [2, 3])).toEqual({ shape: [2, 3], size: 6, aPeriod: 1, bPeriod: 6 });
    expect(simpleBroadcast([4, 1, 7], [4, 3, 7])).toBeNull();
    expect(simpleBroadcast([1, 1], [5])).toBeNull();
  });

  it('match the CPU backend for arithmetic, comparisons and logical and, on every shape pair', async () => {
    const r = seededRandom(5);
    for (const [aShape, bShape] of SHAPES) {
      const a = randomArray(
        r,
        aShape.reduce((p, d) => p * d, 1),
      );
      // Some equal values, so >= and <= see ties.
      const b = randomArray(
        r,
        bShape.reduce((p, d) => p * d, 1),
      ).map((v, i) => (i % 5 === 0 ? a[i % a.length] : v));
      const run = () => {
        const x = tf.tensor(a, aShape);
        const y = tf.tensor(b, bShape);
        return [
          tf.add(x, y),
          tf.sub(x, y),
          tf.mul(x, y),
          tf.div(x, y),
          tf.greaterEqual(x, y).toFloat(),
          tf.lessEqual(x, y).toFloat(),
          tf.greater(x, y).toFloat(),
          tf.less(x, y).toFloat(),
          tf.logicalAnd(tf.greater(x, 0), tf.less(y, 0.5)).toFloat(),
        ];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      actual.forEach((v, i) =>
        expect(maxRelativeError(v, expected[i]), `op ${i} on ${JSON.stringify([aShape, bShape])}`).toBeLessThan(1e-4),
      );
    }
  });

  it('add a bias to a large tensor bit for bit as the CPU backend does, on either side', async () => {
    const r = seededRandom(8);
    for (const [shape, bias] of [
      [[4, 28, 28, 16], [16]],
      [[8, 14, 14, 32], [32]],
      [[9000, 4], [4]],
    ] as [number[], number[]][]) {
      const x = randomArray(
        r,
        shape.reduce((p, d) => p * d, 1),
      ).map((v, i) => (i % 3 ? v * 1e3 : v * 1e-3));
      const b = randomArray(r, bias[0]);
      const run = () => [tf.add(tf.tensor(x, shape), tf.tensor(b, bias)), tf.add(tf.tensor(b, bias), tf.tensor(x, shape))];
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      const mismatches = actual.map((v, i) => v.filter((value, j) => value !== expected[i][j]).length);
      expect(mismatches, `${shape} + ${bias} (bias right, left)`).toEqual([0, 0]);
    }
  });
});
