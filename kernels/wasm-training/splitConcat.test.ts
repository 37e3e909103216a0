import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

describe('SplitV and Concat on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('match the CPU backend exactly on every axis, with equal and uneven pieces and int32 data', async () => {
    const r = seededRandom(31);
    const cases: [number[], number, number | number[]][] = [
      [[64, 200], 1, 4],
      [[64, 200], 0, [10, 54]],
      [[3, 4, 5], 1, [1, 3]],
      [[3, 4, 6], 2, 3],
      [[7], 0, [2, 2, 3]],
    ];
    for (const [shape, axis, splits] of cases) {
      const values = randomArray(
        r,
        shape.reduce((p, d) => p * d, 1),
      );
      const run = () => {
        const x = tf.tensor(values, shape);
        const pieces = tf.split(x, splits, axis);
        const ints = tf.split(x.mul(100).toInt(), splits, axis);
        return [...pieces, tf.concat(pieces.reverse(), axis), tf.concat(ints, axis).toFloat()];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      actual.forEach((v, i) =>
        expect(Array.from(v), `output ${i} of ${shape} split ${splits} on ${axis}`).toEqual(Array.from(expected[i])),
      );
    }
  });
});
