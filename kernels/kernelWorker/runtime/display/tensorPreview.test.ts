import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TENSOR_MIME, type TensorData } from '../../../../lib/outputs/mime';
import { MAX_PREVIEW_COLUMNS, MAX_PREVIEW_ROWS, shortestFloat32, tensorBundle, tensorBundleAsync } from './tensorPreview';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const preview = (t: tf.Tensor) => tensorBundle(t)[TENSOR_MIME] as TensorData;

describe('tensor preview', () => {
  it('shows a small matrix whole, with its headline in the text', () => {
    const t = tf.tensor2d([
      [1, 2.5],
      [0.1, NaN],
    ]);
    const bundle = tensorBundle(t);
    expect(bundle[TENSOR_MIME]).toEqual({
      shape: [2, 2],
      dtype: 'float32',
      size: 4,
      values: {
        columnLabels: ['0', '1'],
        rowLabels: ['0', '1'],
        rows: [
          [1, 2.5],
          [0.1, 'NaN'],
        ],
      },
      truncated: false,
    });
    expect(bundle['text/plain']).toMatch(/^Tensor float32 \[2,2\]\n/);
    t.dispose();
  });

  it('keeps a 20 x 20 corner of a large matrix and says it is truncated', () => {
    const t = tf.zeros([100, 50]);
    const data = preview(t);
    expect(data.values.rows).toHaveLength(MAX_PREVIEW_ROWS);
    expect(data.values.rows[0]).toHaveLength(MAX_PREVIEW_COLUMNS);
    expect(data.truncated).toBe(true);
    expect(data.size).toBe(5000);
    t.dispose();
  });

  it('stacks the leading 2D slices of a higher-rank tensor with index labels', () => {
    const t = tf.range(0, 2 * 3 * 4).reshape([2, 3, 4]);
    const data = preview(t);
    expect(data.values.rowLabels).toEqual(['[0,0]', '[0,1]', '[0,2]', '[1,0]', '[1,1]', '[1,2]']);
    expect(data.values.rows[3]).toEqual([12, 13, 14, 15]);
    expect(data.truncated).toBe(false);
    t.dispose();
  });

  it('shows a scalar as one value and a vector as one row', () => {
    const s = tf.scalar(0.1);
    expect(preview(s).values.rows).toEqual([[0.1]]);
    expect(tensorBundle(s)['text/plain']).toBe('Tensor float32 []\n0.1');
    const v = tf.tensor1d([1, 2, 3], 'int32');
    expect(preview(v).values).toEqual({ columnLabels: ['0', '1', '2'], rowLabels: [''], rows: [[1, 2, 3]] });
    tf.dispose([s, v]);
  });

  it('shows bool, string and complex values readably', () => {
    const b = tf.tensor1d([1, 0], 'bool');
    const s = tf.tensor1d(['a', 'b']);
    const c = tf.complex([1, 2], [3, -4]);
    expect(preview(b).values.rows).toEqual([[true, false]]);
    expect(preview(s).values.rows).toEqual([['a', 'b']]);
    expect(preview(c).values.rows).toEqual([['1+3i', '2-4i']]);
    tf.dispose([b, s, c]);
  });

  it('handles an empty tensor', () => {
    const t = tf.zeros([0, 3]);
    expect(preview(t)).toMatchObject({ shape: [0, 3], size: 0, truncated: false, values: { rows: [] } });
    t.dispose();
  });

  it('says a disposed tensor is disposed instead of throwing', () => {
    const t = tf.ones([2]);
    t.dispose();
    expect(tensorBundle(t)).toEqual({ 'text/plain': 'Tensor (disposed)' });
  });

  it('leaks no tensors and leaves the shown tensor alive', async () => {
    const t = tf.ones([30, 30, 3]);
    const before = tf.memory().numTensors;
    tensorBundle(t);
    await tensorBundleAsync(t);
    expect(tf.memory().numTensors).toBe(before);
    expect(t.isDisposed).toBe(false);
    t.dispose();
  });

  it('reads the same values asynchronously', async () => {
    const t = tf.randomNormal([5, 7]);
    expect((await tensorBundleAsync(t))[TENSOR_MIME]).toEqual(preview(t));
    t.dispose();
  });

  it('writes float32 values in their shortest form', () => {
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(Math.fround(1 / 3))).toBe(0.33333334);
  });
});
