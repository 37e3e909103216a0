import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels, unregisterWasmTrainingKernels, WASM_TRAINING_KERNELS, wasmTrainingKernelsActive } from './register';
import { configureWasmForNode } from '../../testing/wasmKernels';
import { kernelsMissingOn, kernelsUsedInTraining, TRAINING_MODELS } from './trainingModels';

describe('registering the WASM training kernels', () => {
  beforeAll(async () => {
    configureWasmForNode();
    await tf.setBackend('cpu');
  });

  it('fills every kernel the CNN, dropout, batch norm, MLP and LSTM need to train on WASM', async () => {
    const used: Record<string, string[]> = {};
    for (const m of TRAINING_MODELS) used[m.name] = await kernelsUsedInTraining(m);
    const missing = () => Object.fromEntries(Object.entries(used).map(([name, kernels]) => [name, kernelsMissingOn(kernels, 'wasm')]));

    unregisterWasmTrainingKernels();
    expect(missing()).toEqual({
      cnn: ['Conv2DBackpropFilter'],
      'cnn with dropout and batch norm': ['Conv2DBackpropFilter'],
      mlp: [],
      lstm: [],
    });
    registerWasmTrainingKernels();
    expect(missing()).toEqual({ cnn: [], 'cnn with dropout and batch norm': [], mlp: [], lstm: [] });
  }, 120_000);

  it('is idempotent, and unregistering restores the stock kernels', () => {
    unregisterWasmTrainingKernels();
    const stockMatMul = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    registerWasmTrainingKernels();
    const ours = WASM_TRAINING_KERNELS.map((k) => tf.getKernel(k, 'wasm')?.kernelFunc);
    const oursFor = (name: (typeof WASM_TRAINING_KERNELS)[number]) => ours[WASM_TRAINING_KERNELS.indexOf(name)];
    registerWasmTrainingKernels();
    expect(WASM_TRAINING_KERNELS.map((k) => tf.getKernel(k, 'wasm')?.kernelFunc)).toEqual(ours);
    expect(oursFor('BatchMatMul')).not.toBe(stockMatMul);
    expect(wasmTrainingKernelsActive()).toBe(true);

    unregisterWasmTrainingKernels();
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(stockMatMul);
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
    expect(tf.getKernel('MaxPoolGrad', 'wasm')?.kernelFunc).not.toBe(oursFor('MaxPoolGrad'));
    expect(tf.getKernel('Conv2D', 'wasm')?.kernelFunc).not.toBe(oursFor('Conv2D'));
    expect(wasmTrainingKernelsActive()).toBe(false);
    registerWasmTrainingKernels();
  });
});
