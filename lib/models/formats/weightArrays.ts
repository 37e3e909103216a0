/**
 * Row-major float32 arrays, their shapes, and the few re-layouts old Keras weights need: axis
 * permutations, concatenation of per-gate matrices, and the spatial flip between convolution and
 * correlation.
 */

/** A weight's values in row-major (C) order with its shape. */
export interface WeightArray {
  data: Float32Array;
  shape: number[];
}

/** How many values an array of `shape` holds. */
export const elementCount = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

export const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** A shape as error messages show it: `[4, 8]`. */
export const shapeText = (shape: readonly (number | null)[]) => `[${shape.join(', ')}]`;

function strides(shape: number[]): number[] {
  const out = new Array<number>(shape.length);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = stride;
    stride *= shape[i];
  }
  return out;
}

/** Reorders the axes of `w`: output axis i is input axis perm[i], as numpy.transpose. */
export function transposeWeight(w: WeightArray, perm: number[]): WeightArray {
  const shape = perm.map((axis) => w.shape[axis]);
  const inStrides = strides(w.shape);
  const stepPerOutAxis = perm.map((axis) => inStrides[axis]);
  const data = new Float32Array(w.data.length);
  const index = new Array<number>(shape.length).fill(0);
  let source = 0;
  for (let out = 0; out < data.length; out++) {
    data[out] = w.data[source];
    // Advance the output index like an odometer, moving the source offset along.
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index[axis]++;
      source += stepPerOutAxis[axis];
      if (index[axis] < shape[axis]) break;
      source -= stepPerOutAxis[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return { data, shape };
}

/** Joins arrays that agree on every axis but the last along the last, as numpy.concatenate(axis=-1). */
export function concatLastAxis(parts: WeightArray[]): WeightArray {
  const lead = parts[0].shape.slice(0, -1);
  const rows = elementCount(lead);
  const widths = parts.map((p) => p.shape[p.shape.length - 1]);
  const total = widths.reduce((a, b) => a + b, 0);
  const data = new Float32Array(rows * total);
  for (let row = 0; row < rows; row++) {
    let offset = row * total;
    parts.forEach((p, i) => {
      data.set(p.data.subarray(row * widths[i], (row + 1) * widths[i]), offset);
      offset += widths[i];
    });
  }
  return { data, shape: [...lead, total] };
}

/**
 * Reverses every axis but the last two (the spatial axes of a channels-last kernel), as Keras's
 * convert_kernel: Theano convolves where TensorFlow correlates, so its kernels are mirrored.
 */
export function flipSpatialAxes(w: WeightArray): WeightArray {
  const spatial = w.shape.length - 2;
  const s = strides(w.shape);
  const data = new Float32Array(w.data.length);
  const index = new Array<number>(w.shape.length).fill(0);
  for (let i = 0; i < data.length; i++) {
    let source = 0;
    for (let axis = 0; axis < w.shape.length; axis++) {
      const at = axis < spatial ? w.shape[axis] - 1 - index[axis] : index[axis];
      source += at * s[axis];
    }
    data[i] = w.data[source];
    for (let axis = w.shape.length - 1; axis >= 0; axis--) {
      if (++index[axis] < w.shape[axis]) break;
      index[axis] = 0;
    }
  }
  return { data, shape: [...w.shape] };
}
