import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from './testing';

describe('Sum on WASM', () => {
  beforeAll(() => {
    configureWasmForNode();
    registerWasmTrainingKernels();
  });

  it('matches the CPU backend over leading, trailing, all and other axes, with and without keepDims', async () => {
    const r = seededRandom(12);
    const cases: [number[], number | number[] | undefined][] = [
      [[64, 28, 28, 16], [0, 1, 2]], // a conv bias gradient, large
      [[256, 500], 0],
      [[64, 200], 0],
      [[64, 10], 1],
      [[64, 10, 3], [1, 2]],
      [[5, 7], undefined],
      [[4, 5, 6], [0, 2]], // neither leading nor trailing: the stock kernel
      [[300, 200], -1], // large trailing: the stock kernel
    ];
    for (const [shape, axis] of cases) {
      const values = randomArray(r, shape.reduce((p, d) => p * d, 1));
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
