import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimCores, createPageInputSignal, mapPageInputSignal, waitForPageSync, pageClock } from '../wire/pageInputSignal';
import { registerWasmTrainingKernels } from './register';
import { setKernelYieldPoint } from './yieldPoint';

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
});
afterAll(() => setKernelYieldPoint(null));

describe('the kernels’ yield point', () => {
  it('runs before each heavy kernel and not before light ones, and the results are unchanged', () => {
    const a = tf.tensor2d([1, 2, 3, 4], [2, 2]);
    const expected = tf.matMul(a, a).arraySync();
    let calls = 0;
    setKernelYieldPoint(() => calls++);
    const product = tf.matMul(a, a);
    expect(product.arraySync()).toEqual(expected);
    expect(calls).toBe(1);
    tf.add(a, a).dispose();
    expect(calls).toBe(1);
    setKernelYieldPoint(null);
    tf.dispose([a, product]);
  });

  it('holds a kernel while the page claims the cores, and no longer than the claim', () => {
    const signal = mapPageInputSignal(createPageInputSignal());
    setKernelYieldPoint(() => waitForPageSync(signal));
    const a = tf.ones([4, 4]);
    claimCores(signal, pageClock() + 40);
    const started = pageClock();
    tf.matMul(a, a).dispose();
    const took = pageClock() - started;
    expect(took).toBeGreaterThanOrEqual(30);
    expect(took).toBeLessThan(1_000);
    const again = pageClock();
    tf.matMul(a, a).dispose();
    expect(pageClock() - again).toBeLessThan(30);
    setKernelYieldPoint(null);
    a.dispose();
  });
});
