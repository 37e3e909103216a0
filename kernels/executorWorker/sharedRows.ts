/**
 * Rows of a SharedTensor as tf tensors. The shared buffers are read-only for executors: every
 * configuration of a sweep maps the same memory, so a batch is always a fresh copy of its rows.
 */
import * as tf from '@tensorflow/tfjs';
import type { SharedTensor } from '../wire/kernelExecutorProtocol';

/** Floats per row: the product of the dimensions after the first. */
export const rowSize = (t: SharedTensor) => t.shape.slice(1).reduce((a, b) => a * b, 1);

/**
 * Throws unless the buffer holds exactly the float32 values its shape announces: a mismatch
 * would otherwise surface as rows silently read from the wrong offsets.
 */
export function checkSharedTensor(t: SharedTensor, name: string): void {
  if (t.shape.length < 1 || !t.shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new Error(`${name} has shape [${t.shape.join(', ')}]; a shape needs a row count and whole, non-negative dimensions.`);
  }
  const expected = t.shape.reduce((a, b) => a * b, 1) * Float32Array.BYTES_PER_ELEMENT;
  if (t.buffer.byteLength !== expected) {
    throw new Error(
      `${name} has shape [${t.shape.join(', ')}] (${expected} bytes of float32) but its buffer holds ${t.buffer.byteLength} bytes; the driver must share the tensor's float32 values exactly.`,
    );
  }
}

/** The rows `order[start, start + count)` of a shared tensor, in that order, as a new tensor. */
export function gatherRows(t: SharedTensor, order: Uint32Array, start: number, count: number): tf.Tensor {
  const size = rowSize(t);
  const source = new Float32Array(t.buffer);
  const out = new Float32Array(count * size);
  for (let i = 0; i < count; i++) {
    const row = order[start + i];
    out.set(source.subarray(row * size, (row + 1) * size), i * size);
  }
  return tf.tensor(out, [count, ...t.shape.slice(1)]);
}

/** The contiguous rows [start, start + count) of a shared tensor, as a new tensor. */
export function sliceRows(t: SharedTensor, start: number, count: number): tf.Tensor {
  const size = rowSize(t);
  // slice (not subarray) copies into a plain ArrayBuffer: the backend may keep the array it is given.
  return tf.tensor(new Float32Array(t.buffer).slice(start * size, (start + count) * size), [count, ...t.shape.slice(1)]);
}
