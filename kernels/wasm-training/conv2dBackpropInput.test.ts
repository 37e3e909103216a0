import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

describe('Conv2DBackpropInput on WASM', () => {
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });

  it('matches the CPU backend on 30 random shapes, strides (half of them 1), paddings and batch sizes', async () => {
    const r = seededRandom(17);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    for (let i = 0; i < 30; i++) {
      const filter: [number, number] = [int(1, 5), int(1, 5)];
      const shape: [number, number, number, number] = [int(1, 4), int(filter[0], 12), int(filter[1], 12), int(1, 6)];
      const outChannels = int(1, 7);
      // Every other case has stride 1: the transposed-convolution path.
      const strides: [number, number] = i % 2 ? [1, 1] : [int(1, 3), int(1, 3)];
      const pads = [
        'same',
        'valid',
        [
          [0, 0],
          [int(0, 2), int(0, 2)],
          [int(0, 2), int(0, 2)],
          [0, 0],
        ],
      ] as const;
      const pad = pads[i % 3] as 'same';
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      );
      const w = randomArray(r, filter[0] * filter[1] * shape[3] * outChannels);
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const ws = tf.tensor4d(w, [...filter, shape[3], outChannels]);
        const y = tf.conv2d(xs, ws, strides, pad);
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        return tf.grad((v: tf.Tensor) =>
          tf
            .conv2d(v as tf.Tensor4D, ws, strides, pad)
            .mul(dy)
            .sum(),
        )(xs);
      };
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${shape} ${filter} ${strides} ${JSON.stringify(pad)}`).toBeLessThan(1e-4);
    }
  });
});
