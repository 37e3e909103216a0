import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureWasmForNode } from '../../testing/wasmKernels';
import { copyTensorInto, overwriteVariable, tensorOfRows } from './backendMemory';

beforeAll(() => configureWasmForNode());
afterAll(async () => {
  await tf.setBackend('cpu');
});

describe.each(['wasm', 'cpu'])('tensor memory on the %s backend', (backend) => {
  beforeAll(async () => {
    await tf.setBackend(backend);
  });

  it('overwrites a variable with new values, leaving the source array untouched later', async () => {
    const init = tf.zeros([2, 3]);
    const v = tf.variable(init);
    init.dispose(); // the variable now owns its memory alone
    const before = v.dataId;
    const source = new Float32Array(new SharedArrayBuffer(6 * 4)).fill(1.5);
    overwriteVariable(v, source);
    source.fill(-1);
    expect(Array.from(v.dataSync())).toEqual([1.5, 1.5, 1.5, 1.5, 1.5, 1.5]);
    // New memory every time: tfjs (and XNNPACK's per-tensor caches) take tensor data as immutable.
    expect(v.dataId).not.toBe(before);
    v.dispose();
  });

  it("does not change another tensor that shares the variable's memory", () => {
    const v = tf.variable(tf.tensor([1, 2, 3, 4], [2, 2]));
    const alias = v.reshape([4]); // shares the variable's data where the backend can
    overwriteVariable(v, Float32Array.from([9, 9, 9, 9]));
    expect(Array.from(v.dataSync())).toEqual([9, 9, 9, 9]);
    expect(Array.from(alias.dataSync())).toEqual([1, 2, 3, 4]);
    tf.dispose([v, alias]);
  });

  it('copies a tensor into an array at an offset', () => {
    const t = tf.tensor([1, 2, 3]);
    const target = new Float32Array(5);
    copyTensorInto(t, target, 2);
    expect(Array.from(target)).toEqual([0, 0, 1, 2, 3]);
    t.dispose();
  });

  it('gathers rows in a given order into a tensor of the right shape and type', () => {
    const source = { shape: [4, 2], rowSize: 2, dtype: 'float32' as const, values: Float32Array.from([0, 1, 10, 11, 20, 21, 30, 31]) };
    const t = tensorOfRows(source, [3, 0, 2, 1], 1, 2);
    expect(t.shape).toEqual([2, 2]);
    expect(Array.from(t.dataSync())).toEqual([0, 1, 20, 21]);
    const labels = tensorOfRows({ shape: [3], rowSize: 1, dtype: 'int32', values: Int32Array.from([7, 8, 9]) }, [2, 1, 0], 0, 3);
    expect(labels.dtype).toBe('int32');
    expect(Array.from(labels.dataSync())).toEqual([9, 8, 7]);
    tf.dispose([t, labels]);
  });
});
