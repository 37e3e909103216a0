import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';
import { configureWasmForNode, maxRelativeError, randomArray, seededRandom, valuesOn } from '../../testing/wasmKernels';

type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];

interface Case {
  batch: number;
  height: number;
  width: number;
  inChannels: number;
  outChannels: number;
  filter: [number, number];
  strides: [number, number];
  pad: Pad;
  dataFormat: 'NHWC' | 'NCHW';
}

function randomCases(count: number, seed: number): Case[] {
  const r = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return Array.from({ length: count }, (_, i) => {
    const filter: [number, number] = [int(1, 5), int(1, 5)];
    const height = int(filter[0], 13);
    const width = int(filter[1], 13);
    const pads: Pad[] = [
      'same',
      'valid',
      [
        [0, 0],
        [int(0, 2), int(0, 2)],
        [int(0, 2), int(0, 2)],
        [0, 0],
      ],
    ];
    return {
      batch: int(1, 5),
      height,
      width,
      inChannels: int(1, 6),
      outChannels: int(1, 7),
      filter,
      // Every other case has stride 1: the convolution path (or contiguous im2col for one channel).
      strides: i % 2 ? [1, 1] : [int(1, 3), int(1, 3)],
      pad: pads[i % 3],
      dataFormat: 'NHWC',
    };
  });
}

/** The filter gradient of conv2d(x, w) for upstream gradient dy, through the public API. */
function filterGradient(c: Case, x: Float32Array, w: Float32Array, seed: number) {
  const xShape: [number, number, number, number] =
    c.dataFormat === 'NHWC' ? [c.batch, c.height, c.width, c.inChannels] : [c.batch, c.inChannels, c.height, c.width];
  const xs = tf.tensor4d(x, xShape);
  const ws = tf.tensor4d(w, [...c.filter, c.inChannels, c.outChannels]);
  const y = tf.conv2d(xs, ws, c.strides, c.pad, c.dataFormat);
  const dy = tf.tensor(randomArray(seededRandom(seed), y.size), y.shape);
  return tf.grad((wv: tf.Tensor) =>
    tf
      .conv2d(xs, wv as tf.Tensor4D, c.strides, c.pad, c.dataFormat)
      .mul(dy)
      .sum(),
  )(ws);
}

describe('Conv2DBackpropFilter on WASM', () => {
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
  });

  it('matches the CPU backend on 36 random shapes, strides (half of them 1), paddings and batch sizes', async () => {
    for (const [i, c] of randomCases(36, 7).entries()) {
      const r = seededRandom(100 + i);
      const x = randomArray(r, c.batch * c.height * c.width * c.inChannels);
      const w = randomArray(r, c.filter[0] * c.filter[1] * c.inChannels * c.outChannels);
      const [expected] = await valuesOn('cpu', () => filterGradient(c, x, w, i));
      const [actual] = await valuesOn('wasm', () => filterGradient(c, x, w, i));
      expect(maxRelativeError(actual, expected), JSON.stringify(c)).toBeLessThan(1e-4);
    }
  });

  it('matches the CPU backend for channels-first (NCHW) data, called as a kernel', async () => {
    const c = { batch: 2, height: 9, width: 7, inChannels: 3, outChannels: 4 };
    const r = seededRandom(3);
    const x = randomArray(r, c.batch * c.inChannels * c.height * c.width);
    for (const [strides, pad] of [
      [[1, 1], 'same'],
      [[2, 1], 'valid'],
      [[2, 2], 'same'],
    ] as const) {
      const outH = pad === 'same' ? Math.ceil(c.height / strides[0]) : Math.ceil((c.height - 2) / strides[0]);
      const outW = pad === 'same' ? Math.ceil(c.width / strides[1]) : Math.ceil((c.width - 2) / strides[1]);
      const dy = randomArray(r, c.batch * c.outChannels * outH * outW);
      const run = () =>
        tf
          .engine()
          .runKernel(
            'Conv2DBackpropFilter',
            { x: tf.tensor4d(x, [c.batch, c.inChannels, c.height, c.width]), dy: tf.tensor4d(dy, [c.batch, c.outChannels, outH, outW]) },
            { strides: [...strides], pad, dataFormat: 'NCHW', filterShape: [3, 3, c.inChannels, c.outChannels] },
          ) as tf.Tensor;
      const [expected] = await valuesOn('cpu', run);
      const [actual] = await valuesOn('wasm', run);
      expect(maxRelativeError(actual, expected), `${strides} ${pad}`).toBeLessThan(1e-4);
    }
  });

  it('leaves no tensor and no backend buffer behind', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory();
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const idsBefore = backend.numDataIds();
    const [c] = randomCases(1, 11);
    const r = seededRandom(1);
    tf.tidy(() => {
      filterGradient(
        c,
        randomArray(r, c.batch * c.height * c.width * c.inChannels),
        randomArray(r, c.filter[0] * c.filter[1] * c.inChannels * c.outChannels),
        1,
      );
    });
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(backend.numDataIds()).toBe(idsBefore);
  });

  it('matches the CPU backend for a 3x3 filter over one channel (the SIMD loop): paddings, sizes, ReLU-like zeros', async () => {
    const cases: Case[] = [
      {
        batch: 64,
        height: 28,
        width: 28,
        inChannels: 1,
        outChannels: 16,
        filter: [3, 3],
        strides: [1, 1],
        pad: 'same',
        dataFormat: 'NHWC',
      },
      { batch: 3, height: 5, width: 9, inChannels: 1, outChannels: 4, filter: [3, 3], strides: [1, 1], pad: 'valid', dataFormat: 'NHWC' },
      { batch: 2, height: 7, width: 4, inChannels: 1, outChannels: 8, filter: [3, 3], strides: [1, 1], pad: 'same', dataFormat: 'NHWC' },
      {
        batch: 2,
        height: 3,
        width: 3,
        inChannels: 1,
        outChannels: 12,
        filter: [3, 3],
        strides: [1, 1],
        pad: [
          [0, 0],
          [2, 0],
          [0, 1],
          [0, 0],
        ],
        dataFormat: 'NHWC',
      },
      { batch: 1, height: 1, width: 1, inChannels: 1, outChannels: 4, filter: [3, 3], strides: [1, 1], pad: 'same', dataFormat: 'NHWC' },
    ];
    for (const [i, c] of cases.entries()) {
      const r = seededRandom(200 + i);
      const x = randomArray(r, c.batch * c.height * c.width).map((v) => (i % 2 ? v : Math.max(0, v)));
      const w = randomArray(r, 9 * c.outChannels);
      const [expected] = await valuesOn('cpu', () => filterGradient(c, x, w, i));
      const [actual] = await valuesOn('wasm', () => filterGradient(c, x, w, i));
      expect(maxRelativeError(actual, expected), JSON.stringify(c)).toBeLessThan(1e-4);
    }
  });

  it("matches the CPU backend with channels in fours (gemm.wat's packed patches): strides, paddings, K blocks", async () => {
    const r = seededRandom(31);
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const pads: Pad[] = [
      'same',
      'valid',
      [
        [0, 0],
        [1, 2],
        [2, 0],
        [0, 0],
      ],
    ];
    const cases: Case[] = [
      // The MNIST CNN's second layer on 8 images: 1,568 output positions, two K blocks of 512 and a partial one.
      {
        batch: 8,
        height: 14,
        width: 14,
        inChannels: 16,
        outChannels: 32,
        filter: [3, 3],
        strides: [1, 1],
        pad: 'same',
        dataFormat: 'NHWC',
      },
      ...Array.from({ length: 12 }, (_, i): Case => ({
        batch: int(1, 4),
        height: int(5, 12),
        width: int(5, 12),
        inChannels: 4 * int(1, 3),
        outChannels: int(1, 11),
        filter: [int(1, 4), int(1, 4)],
        strides: i % 2 ? [1, 1] : [int(1, 3), int(1, 3)],
        pad: pads[i % 3],
        dataFormat: 'NHWC',
      })),
    ];
    for (const [i, c] of cases.entries()) {
      const x = randomArray(r, c.batch * c.height * c.width * c.inChannels);
      const w = randomArray(r, c.filter[0] * c.filter[1] * c.inChannels * c.outChannels);
      const [expected] = await valuesOn('cpu', () => filterGradient(c, x, w, i));
      const [actual] = await valuesOn('wasm', () => filterGradient(c, x, w, i));
      expect(maxRelativeError(actual, expected), JSON.stringify(c)).toBeLessThan(1e-4);
    }
  });
});
