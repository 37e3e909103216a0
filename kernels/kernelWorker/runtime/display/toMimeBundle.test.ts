import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_MIME, MODEL_MIME, TABLE_MIME, TENSOR_MIME } from '../../../../lib/outputs/mime';
import { MAX_TEXT_LENGTH, mimeBundle, toMimeBundle, toMimeBundleAsync } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const plain = (value: unknown) => toMimeBundle(value)['text/plain'];

describe('toMimeBundle', () => {
  it('shows strings as themselves, without quotes', () => {
    expect(toMimeBundle('hello\nworld')).toEqual({ 'text/plain': 'hello\nworld' });
  });

  it('shows plain values as a REPL would', () => {
    expect([42, true, null, undefined, 7n].map(plain)).toEqual(['42', 'true', 'null', 'undefined', '7n']);
    expect(plain(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(plain(new Map([[1, 'a']]))).toBe("Map(1) { 1 => 'a' }");
    expect(plain(new Set([1]))).toBe('Set(1) { 1 }');
    expect(plain(function train() {})).toBe('[Function train]');
    expect(plain(new RangeError('too far'))).toBe('RangeError: too far');
  });

  it('shows a cyclic object without hanging', () => {
    const node: Record<string, unknown> = { id: 1 };
    node.next = node;
    expect(plain(node)).toBe('{ id: 1, next: [Circular] }');
  });

  it('describes tensors and models nested in objects in one line', () => {
    const t = tf.zeros([2, 3]);
    expect(plain({ t })).toBe('{ t: Tensor float32 [2,3] }');
    t.dispose();
  });

  it('shows a tensor as a tensor preview', () => {
    const t = tf.ones([3, 4]);
    expect(toMimeBundle(t)[TENSOR_MIME]).toMatchObject({ shape: [3, 4], dtype: 'float32', size: 12 });
    t.dispose();
  });

  it('shows a disposed tensor as text rather than throwing', () => {
    const t = tf.ones([3]);
    t.dispose();
    expect(toMimeBundle(t)).toEqual({ 'text/plain': 'Tensor (disposed)' });
  });

  it('reads tensors asynchronously in the async variant and delegates everything else', async () => {
    const t = tf.tensor1d([1, 2]);
    expect((await toMimeBundleAsync(t))[TENSOR_MIME]).toMatchObject({ shape: [2] });
    expect(await toMimeBundleAsync('x')).toEqual({ 'text/plain': 'x' });
    t.dispose();
  });

  it('shows a model as its summary', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 10 })] });
    expect(toMimeBundle(model)[MODEL_MIME]).toMatchObject({ totalParams: 50 });
    model.dispose();
  });

  it('shows a History as a loss chart', () => {
    const bundle = toMimeBundle({ epoch: [0, 1], history: { loss: [1, 0.5] } });
    expect(bundle[CHART_MIME]).toMatchObject({ title: 'Loss', series: [{ name: 'loss' }] });
  });

  it('shows an array of records as a table, with a text table twin', () => {
    const bundle = toMimeBundle([{ a: 1 }, { a: 2 }]);
    expect(bundle[TABLE_MIME]).toMatchObject({ columns: ['(index)', 'a'], totalRows: 2 });
    expect(bundle['text/plain']).toContain('(index)  a');
  });

  it('passes a user-built bundle through', () => {
    expect(toMimeBundle(mimeBundle({ 'text/markdown': '**hi**', 'text/plain': 'hi' }))).toEqual({
      'text/markdown': '**hi**',
      'text/plain': 'hi',
    });
  });

  it('caps enormous strings', () => {
    const text = plain('x'.repeat(MAX_TEXT_LENGTH + 10)) as string;
    expect(text.endsWith('... 10 more characters')).toBe(true);
  });

  it('never throws, even for a hostile value', () => {
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('gotcha');
      },
    });
    expect(typeof plain(hostile)).toBe('string');
  });
});
