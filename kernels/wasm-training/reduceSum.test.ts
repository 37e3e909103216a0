import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

describe('Sum on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('matches the CPU backend over leading, trailing, all and other axes, with and without keepDims', async () => {
    const r = seededRandom(12);
    const cases: [number[], number | number[] | undefined][] = [
      [
        [64, 28, 28, 16],
        [0, 1, 2],
      ], // a conv bias gradient, large
      [[256, 500], 0],
      [[64, 200], 0],
      [[64, 10], 1],
      [
        [64, 10, 3],
        [1, 2],
      ],
      [[5, 7], undefined],
      [
        [4, 5, 6],
        [0, 2],
      ], // neither leading nor trailing: the stock kernel
      [[300, 200], -1], // large trailing: the stock kernel
    ];
    for (const [shape, axis] of cases) {
      const values = randomArray(
        r,
        shape.reduce((p, d) => p * d, 1),
      );
      const run = () => {
        const x = tf.tensor(values, shape);
        return [tf.sum(x, axis), tf.sum(x, axis, true)];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      actual.forEach((v, i) => expect(maxRelativeError(v, expected[i]), `${shape} over ${axis}`).toBeLessThan(1e-4));
    }
  });
});

describe('Sum on WASM down columns that come in fours (the SIMD loop)', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('matches the CPU backend for one row, few rows and the CNN bias shapes', async () => {
    const r = seededRandom(21);
    const cases: [number[], number[]][] = [
      [[1, 4], [0]],
      [[3, 8], [0]],
      [
        [7, 5, 12],
        [0, 1],
      ],
      [
        [64, 14, 14, 32],
        [0, 1, 2],
      ],
      [
        [64, 28, 28, 16],
        [0, 1, 2],
      ],
    ];
    for (const [shape, axis] of cases) {
      const values = randomArray(
        r,
        shape.reduce((p, d) => p * d, 1),
      );
      const run = () => tf.sum(tf.tensor(values, shape), axis);
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape} over ${axis}`).toBeLessThan(1e-4);
    }
  });

  it('accumulates in doubles, like the CPU backend: large terms that cancel leave the small ones', async () => {
    // Each column: 1e8, 1, -1e8, 1, ... → exactly rows/2 in doubles, far off in float32.
    const rows = 1000;
    const values = Float32Array.from({ length: rows * 4 }, (_, i) => (Math.floor(i / 4) % 2 ? 1 : Math.floor(i / 8) % 2 ? -1e8 : 1e8));
    const run = () => tf.sum(tf.tensor(values, [rows, 4]), 0);
    const [expected] = await valuesOn('cpu', run);
    const [actual] = await valuesOn('wasm', run);
    expect([...expected]).toEqual([500, 500, 500, 500]);
    expect([...actual]).toEqual([500, 500, 500, 500]);
  });
});
