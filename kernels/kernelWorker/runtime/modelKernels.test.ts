import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkKernels } from '../../../lib/cluster/kernelCheck';
import { registeredKernels } from './kernelRegistry';
import { traceModelKernels } from './modelKernels';

/** An op with a kernel on the CPU backend only, and the layer that runs it: what a custom op looks like to the check. */
const TWICE = 'SparkbookTestTwice';

class Twice extends tf.layers.Layer {
  static className = 'SparkbookTestTwiceLayer';
  call(inputs: tf.Tensor | tf.Tensor[]) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return tf.engine().runKernel(TWICE, { x }) as tf.Tensor;
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  tf.registerKernel({
    kernelName: TWICE,
    backendName: 'cpu',
    kernelFunc: ({ inputs, backend }) => {
      const x = inputs.x as tf.TensorInfo;
      const values = (backend as unknown as { readSync(id: unknown): Float32Array }).readSync(x.dataId).map((v) => 2 * v);
      return (backend as unknown as { makeTensorInfo(shape: number[], dtype: string, values: Float32Array): tf.TensorInfo }).makeTensorInfo(
        x.shape,
        'float32',
        values,
      );
    },
  });
  tf.registerGradient({ kernelName: TWICE, gradFunc: (dy) => ({ x: () => tf.mul(dy as tf.Tensor, 2) }) });
});

function denseModel(extra?: tf.layers.Layer) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 5, activation: 'relu', name: 'hidden' }));
  if (extra) model.add(extra);
  model.add(tf.layers.dense({ units: 3, activation: 'softmax', name: 'out' }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

describe("tracing the kernels a model's training runs", () => {
  it('lists forward and backward kernels per layer, the loss and metrics, and the optimizer step', async () => {
    const model = denseModel();
    const needs = await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });
    const of = (part: string) => needs.find((n) => n.part === part)?.kernels ?? [];
    expect(of('hidden')).toEqual(expect.arrayContaining(['BatchMatMul', 'Relu', 'Step']));
    expect(of('out')).toEqual(expect.arrayContaining(['Softmax']));
    expect(of('loss')).toEqual(expect.arrayContaining(['Log', 'ArgMax']));
    expect(needs.find((n) => n.part === 'optimizer')).toMatchObject({ className: 'Adam' });
    expect(of('optimizer')).toEqual(expect.arrayContaining(['Sqrt']));
    // Only kernel names: tf.profile's custom-gradient scopes are not kernels any backend registers.
    for (const k of needs.flatMap((n) => n.kernels)) expect(tf.getKernel(k, 'cpu')).toBeDefined();
    // Inference needs no gradient kernels.
    const forward = await traceModelKernels(model, { gradients: false, loss: false, optimizer: false });
    expect(forward.map((n) => n.part)).toEqual(['hidden', 'out']);
    expect(tf.getBackend()).toBe('cpu');
    model.dispose();
  });

  it('finds every stock kernel of the Iris network on WebGPU', async () => {
    const model = denseModel();
    const needs = await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });
    expect(checkKernels(needs, 'webgpu', registeredKernels).missing).toEqual([]);
    model.dispose();
  });

  it('names the op and the layer WebGPU lacks, and moves to a backend that has it', async () => {
    const model = denseModel(new Twice({ name: 'twice' }));
    const needs = await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });
    const check = checkKernels(needs, 'webgpu', registeredKernels);
    expect(check.missing).toEqual([{ kernel: TWICE, parts: [{ part: 'twice', className: 'SparkbookTestTwiceLayer' }] }]);
    // Registered for the CPU backend only: WASM and WebGL lack it too.
    expect(check.fallback).toBe('cpu');
    model.dispose();
  });
});

describe('tracing leaves the model as it was', () => {
  it("keeps BatchNormalization's moving statistics", async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [4], units: 3 }),
        tf.layers.batchNormalization(),
        tf.layers.dense({ units: 2, activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    const bn = model.layers[1];
    bn.nonTrainableWeights[0].write(tf.fill([3], 0.7));
    const before = bn.getWeights().map((w) => Array.from(w.dataSync()));
    await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });
    expect(bn.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(before);
    model.dispose();
  });
});

/** A backend other than the trace's, standing in for WebGPU: the CPU backend's class and kernels under another name. */
const ELSEWHERE = 'sparkbook-test-elsewhere';

async function onAnotherBackend<T>(f: (backend: tf.KernelBackend) => Promise<T>): Promise<T> {
  const CPU = tf.findBackend('cpu')!.constructor as new () => tf.KernelBackend;
  tf.registerBackend(ELSEWHERE, () => new CPU());
  const kernels = tf.getKernelsForBackend('cpu');
  for (const k of kernels) tf.registerKernel({ ...k, backendName: ELSEWHERE });
  try {
    await tf.setBackend(ELSEWHERE);
    return await f(tf.backend());
  } finally {
    await tf.setBackend('cpu');
    for (const k of kernels) tf.unregisterKernel(k.kernelName, ELSEWHERE);
    tf.removeBackend(ELSEWHERE);
  }
}

describe("tracing on the CPU backend while the model's weights live on another", () => {
  // On WebGPU, moving a weight to the CPU is a synchronous GPU read, which on SwiftShader ends
  // the WebGPU instance and fails the fit's next read.
  it('neither reads the weights nor moves them off their backend, and leaves that backend active', async () => {
    await onAnotherBackend(async (backend) => {
      const model = tf.sequential({
        layers: [tf.layers.lstm({ inputShape: [10, 3], units: 8 }), tf.layers.batchNormalization(), tf.layers.dense({ units: 4 })],
      });
      model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
      const backendOf = (t: tf.Tensor) =>
        (tf.engine().state as unknown as { tensorInfo: WeakMap<object, { backend: tf.KernelBackend }> }).tensorInfo.get(t.dataId)?.backend;
      const before = model.getWeights().map((w) => Array.from(w.dataSync()));
      const readSync = vi.spyOn(backend, 'readSync');
      const read = vi.spyOn(backend, 'read');
      const tensorsBefore = tf.memory().numTensors;

      const needs = await traceModelKernels(model, { gradients: true, loss: true, optimizer: true });

      expect(needs.find((n) => n.className === 'LSTM')?.kernels).toEqual(expect.arrayContaining(['BatchMatMul', 'Tanh', 'Unpack']));
      expect(readSync).not.toHaveBeenCalled();
      expect(read).not.toHaveBeenCalled();
      expect(model.weights.map((w) => backendOf(w.read()))).toEqual(model.weights.map(() => backend));
      expect(tf.getBackend()).toBe(ELSEWHERE);
      expect(tf.memory().numTensors).toBe(tensorsBefore);
      readSync.mockRestore();
      read.mockRestore();
      expect(model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(before);
      model.dispose();
    });
  });
});
