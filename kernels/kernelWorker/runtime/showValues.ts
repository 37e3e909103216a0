/**
 * Targets and predictions as show receives them (tensors, arrays, rows of numbers) read onto
 * the host as flat values with their shape, and class labels found in them. Errors name the
 * function and the argument, e.g. "show.regression: yPred[3] is NaN".
 */
import * as tf from '@tensorflow/tfjs';
import { argmaxRows } from '../../../lib/metrics/classification';
import { inspect } from './display';

/** Targets or predictions: a tensor, numbers, or rows of numbers (one-hot or probability rows). */
export type ShowValues = tf.Tensor | ArrayLike<number> | ArrayLike<ArrayLike<number>>;

/** Values read onto the host, with the shape they came in. */
export interface HostValues {
  values: ArrayLike<number>;
  shape: number[];
}

/** Class labels of one input, and how they were found. */
export interface Labels {
  labels: ArrayLike<number>;
  /** Width of one-hot or probability rows; null for a single column of labels. */
  columns: number | null;
  /** True when probabilities of one class were thresholded at 0.5 (a sigmoid output). */
  binary: boolean;
}

/** A shape as tfjs prints it, e.g. [150,3]. */
export const shapeText = (shape: readonly number[]) => `[${shape.join(',')}]`;
/** A value in a few characters, for error messages. */
export const describeValue = (value: unknown) =>
  inspect(value, { depth: 0, maxArrayLength: 3, maxStringLength: 40, breakLength: Infinity });
const isTypedArray = (value: unknown): value is ArrayLike<unknown> => ArrayBuffer.isView(value) && !(value instanceof DataView);

function checkNumbers(fn: string, name: string, values: ArrayLike<unknown>): asserts values is ArrayLike<number> {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== 'number') {
      throw new Error(`${fn}: ${name}[${i}] is ${describeValue(values[i])}; give numbers, rows of numbers, or a tensor`);
    }
  }
}

/** A tensor's values, or an array's (rows of equal length are flattened, as a 2-D tensor would be). */
export function readValues(fn: string, name: string, input: unknown): HostValues {
  if (input instanceof tf.Tensor) {
    if (input.isDisposed) {
      throw new Error(`${fn}: ${name} is a disposed tensor; show it before disposing it (inside tf.tidy, return it to keep it)`);
    }
    if (input.dtype === 'string' || input.dtype === 'complex64') {
      throw new Error(`${fn}: ${name} is a ${input.dtype} tensor; give a tensor of numbers`);
    }
    return { values: input.dataSync() as ArrayLike<number>, shape: [...input.shape] };
  }
  const rows = Array.isArray(input) || isTypedArray(input) ? (input as ArrayLike<unknown>) : null;
  if (!rows) throw new Error(`${fn}: ${name} must be a tf.Tensor or an array of numbers (got ${describeValue(input)})`);
  if (rows.length > 0 && Array.from(rows).every((row) => Array.isArray(row) || isTypedArray(row))) {
    const matrix = rows as ArrayLike<ArrayLike<unknown>>;
    const columns = matrix[0].length;
    const flat = new Float64Array(matrix.length * columns);
    for (let r = 0; r < matrix.length; r++) {
      const row = matrix[r];
      if (row.length !== columns) {
        throw new Error(`${fn}: ${name}[${r}] has ${row.length} values but ${name}[0] has ${columns}; rows must all be as long`);
      }
      checkNumbers(fn, `${name}[${r}]`, row);
      flat.set(Array.from(row), r * columns);
    }
    return { values: flat, shape: [matrix.length, columns] };
  }
  checkNumbers(fn, name, rows);
  return { values: rows, shape: [rows.length] };
}

/** Rows of scores become their argmax; one column of labels is used as it is, or thresholded at 0.5 when it holds probabilities. */
export function toLabels(fn: string, name: string, { values, shape }: HostValues): Labels {
  const wide = shape.length === 2 && shape[1] > 1;
  if (shape.length === 0 || shape.length > 2) {
    throw new Error(`${fn}: ${name} has shape ${shapeText(shape)}; give class labels [n], or one-hot or probability rows [n, classes]`);
  }
  if (wide) return { labels: argmaxRows(values, shape[1]), columns: shape[1], binary: false };
  let integers = true;
  let probabilities = true;
  let firstFraction = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v)) {
      integers = false;
      if (firstFraction < 0) firstFraction = i;
    }
    if (!(v >= 0 && v <= 1)) probabilities = false;
  }
  if (integers) return { labels: values, columns: null, binary: false };
  if (probabilities) return { labels: Int32Array.from(values, (v) => (v >= 0.5 ? 1 : 0)), columns: null, binary: true };
  throw new Error(
    `${fn}: ${name}[${firstFraction}] is ${values[firstFraction]}; labels must be whole numbers (class indices), ` +
      'or probabilities from 0 to 1 for a binary classifier',
  );
}

/** A shape without its axes of size 1: [n, 1] and [n] describe the same values. */
export const squeezed = (shape: number[]) => shape.filter((d) => d !== 1);

/** The first value of each sample (each index of the first axis), in the values' own number type. */
export function firstOfEachSample(values: ArrayLike<number>, samples: number): ArrayLike<number> {
  const stride = samples === 0 ? 1 : values.length / samples;
  if (stride === 1) return values;
  const out = values instanceof Float32Array ? new Float32Array(samples) : new Float64Array(samples);
  for (let i = 0; i < samples; i++) out[i] = values[i * stride];
  return out;
}
