import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { maxRelativeError, onWasmWithGemm, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];

// Input channels in fours: gemm.wat's packed-patch product (conv2d.ts); the output gradient of a
// stride-1 convolution with output channels in fours is one too (conv2dBackpropInput.ts).
describe.each(['relaxed', 'plain'] as const)('Conv2D on WASM, channels in fours (product: %s)', (variant) => {
  onWasmWithGemm(variant);

  it('matches the CPU backend, and so does the input gradient, on random shapes, strides and paddings', async () => {
    const r = seededRandom(41);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const pads: Pad[] = [
      'same',
      'valid',
      [
        [0, 0],
        [2, 1],
        [0, 2],
        [0, 0],
      ],
    ];
    const cases = [
      // The MNIST CNN's second layer on 5 images: 980 positions, blocks of 224 and a partial one.
      { shape: [5, 14, 14, 16], filter: [3, 3], outChannels: 32, strides: [1, 1], pad: 'same' as Pad },
      ...Array.from({ length: 14 }, (_, i) => ({
        shape: [int(1, 3), int(4, 11), int(4, 11), 4 * int(1, 3)],
        filter: [int(1, 4), int(1, 4)],
        outChannels: i % 3 ? 4 * int(1, 3) : int(1, 9),
        strides: i % 2 ? [1, 1] : [int(1, 3), int(1, 3)],
        pad: pads[i % 3],
      })),
    ];
    for (const [i, c] of cases.entries()) {
      const shape = c.shape as [number, number, number, number];
      const x = randomArray(
        r,
        shape.reduce((a, b) => a * b, 1),
      );
      const w = randomArray(r, c.filter[0] * c.filter[1] * shape[3] * c.outChannels);
      const strides = c.strides as [number, number];
      const run = () => {
        const xs = tf.tensor4d(x, shape);
        const ws = tf.tensor4d(w, [c.filter[0], c.filter[1], shape[3], c.outChannels]);
        const y = tf.conv2d(xs, ws, strides, c.pad as 'same');
        const dy = tf.tensor(randomArray(seededRandom(i), y.size), y.shape);
        const dx = tf.grad((v: tf.Tensor) =>
          tf
            .conv2d(v as tf.Tensor4D, ws, strides, c.pad as 'same')
            .mul(dy)
            .sum(),
        )(xs);
        return [y, dx];
      };
      const expected = await valuesOn('cpu', run);
      const actual = await valuesOn('wasm', run);
      const label = JSON.stringify(c);
      expect(maxRelativeError(actual[0], expected[0]), `y ${label}`).toBeLessThan(1e-4);
      expect(maxRelativeError(actual[1], expected[1]), `dx ${label}`).toBeLessThan(1e-4);
    }
  });

  it('leaves no tensor and no backend buffer behind', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const [tensors, ids] = [tf.memory().numTensors, backend.numDataIds()];
    tf.tidy(() => {
      tf.conv2d(tf.ones([2, 6, 6, 8]) as tf.Tensor4D, tf.ones([3, 3, 8, 4]) as tf.Tensor4D, 1, 'same');
    });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(backend.numDataIds()).toBe(ids);
  });
});
