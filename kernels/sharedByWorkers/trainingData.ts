/**
 * Checks x/y against the model before any work starts, and keeps host copies of them so
 * shards can be cut for any list of sample indices without touching the backend per step.
 */
import * as tf from '@tensorflow/tfjs';
import type { TensorPayload } from '../wire/kernelExecutorProtocol';

/** One input or target array on the host: rows of `rowSize` values. */
export interface HostArray {
  shape: number[];
  rowSize: number;
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

export function toList(t: tf.Tensor | tf.Tensor[], what: string, api: string): tf.Tensor[] {
  const list = Array.isArray(t) ? t : [t];
  if (!list.length || list.some((v) => !(v instanceof tf.Tensor))) {
    throw new Error(`${api}: ${what} must be a tf.Tensor (or an array of them, one per model ${what === 'x' ? 'input' : 'output'}).`);
  }
  if (list.some((v) => v.isDisposed)) throw new Error(`${api}: ${what} has been disposed; create it again (re-run its cell).`);
  return list;
}

const shapeText = (s: readonly (number | null)[]) => `[${s.map((d) => (d == null ? 'null' : d)).join(', ')}]`;

function compatible(actual: number[], expected: readonly (number | null)[]) {
  return actual.length === expected.length && expected.every((d, i) => d == null || d === actual[i]);
}

/** Throws a Keras-like message when x/y don't fit the model. Returns the sample count. */
export function checkShapes(model: tf.LayersModel, xs: tf.Tensor[], ys: tf.Tensor[] | null, api: string): number {
  if (xs.length !== model.inputs.length) {
    throw new Error(`${api}: the model has ${model.inputs.length} input(s) but x has ${xs.length} tensor(s).`);
  }
  const n = xs[0].shape[0];
  xs.forEach((x, i) => {
    const expected = model.inputs[i].shape;
    if (!compatible(x.shape, expected)) {
      throw new Error(
        `${api}: x${xs.length > 1 ? `[${i}]` : ''} has shape ${shapeText(x.shape)} but the model's input expects ${shapeText(expected)}. ` +
          "Reshape x (e.g. x.reshape([-1, ...])) or change the first layer's inputShape.",
      );
    }
    if (x.shape[0] !== n) throw new Error(`${api}: all x tensors must have the same number of samples (${n} vs ${x.shape[0]}).`);
  });
  if (ys) {
    if (ys.length !== model.outputs.length) {
      throw new Error(`${api}: the model has ${model.outputs.length} output(s) but y has ${ys.length} tensor(s).`);
    }
    ys.forEach((y, i) => {
      if (y.shape[0] !== n) {
        throw new Error(`${api}: x has ${n} samples but y${ys.length > 1 ? `[${i}]` : ''} has ${y.shape[0]}; they must match.`);
      }
      const expected = model.outputs[i].shape;
      const sparse = y.shape.length <= 2 && (y.shape[1] ?? 1) === 1 && (expected[expected.length - 1] ?? 0) > 1;
      if (!sparse && !compatible(y.shape, expected)) {
        throw new Error(
          `${api}: y${ys.length > 1 ? `[${i}]` : ''} has shape ${shapeText(y.shape)} but the model's output is ${shapeText(expected)}. ` +
            'For categorical losses use one-hot labels (tf.oneHot), or compile with sparseCategoricalCrossentropy for integer labels.',
        );
      }
    });
  }
  if (n === 0) throw new Error(`${api}: x has no samples.`);
  return n;
}

export function toHost(t: tf.Tensor): HostArray {
  const dtype = t.dtype === 'int32' ? 'int32' : 'float32';
  const data = t.dataSync();
  const values = dtype === 'int32' ? Int32Array.from(data as Int32Array) : Float32Array.from(data as Float32Array);
  return { shape: [...t.shape], rowSize: t.shape.slice(1).reduce((a, b) => a * b, 1), dtype, values };
}

/** The rows `indices[start .. start+count)` of a host array, as a transferable payload. */
export function gatherRows(a: HostArray, indices: ArrayLike<number>, start: number, count: number): TensorPayload {
  const out = a.dtype === 'int32' ? new Int32Array(count * a.rowSize) : new Float32Array(count * a.rowSize);
  for (let r = 0; r < count; r++) {
    const src = indices[start + r] * a.rowSize;
    out.set(a.values.subarray(src, src + a.rowSize), r * a.rowSize);
  }
  return { shape: [count, ...a.shape.slice(1)], dtype: a.dtype, data: out };
}

/** Keras's validationSplit: the last fraction of the samples, taken before shuffling. */
export function splitForValidation(n: number, fraction: number): { train: number; validation: number } {
  const validation = Math.floor(n * fraction);
  return { train: n - validation, validation };
}
