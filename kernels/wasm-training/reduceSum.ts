/**
 * Sum over leading or trailing axes, the two reductions training does: bias gradients sum an
 * [N, H, W, C] or [N, units] gradient over all but the last axis, and broadcasting gradients
 * sum rows. The stock WASM kernel transposes the reduced axes to the end first, a full extra
 * pass over the gradient; a loop down each column needs none, and a WebAssembly SIMD loop
 * (simdKernels.wat, 4 columns a pass) is faster still when columns come in fours (timings in
 * docs/performance.md).
 * Accumulates in doubles, as the CPU backend does. (A product ones[1, rows] · x through XNNPACK
 * is no faster: x would be its weight operand, repacked on every call.) Large trailing-axes
 * sums, which the stock kernel does without a transpose, other axis sets and non-float32 data
 * go to the stock kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, SumAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import { SMALL } from './elementwise';
import { simdKernelsFor } from './simdKernels';
import { withFastPath } from './wasmBackend';

/** Column sums: x is [rows, cols] row-major, out[j] = Σ_r x[r, j] (two partial sums per column). */
export function sumColumns(out: Float32Array, x: Float32Array, rows: number, cols: number) {
  const n = rows * cols;
  for (let j = 0; j < cols; j++) {
    let even = 0;
    let odd = 0;
    let i = j;
    for (; i + cols < n; i += 2 * cols) {
      even += x[i];
      odd += x[i + cols];
    }
    if (i < n) even += x[i];
    out[j] = even + odd;
  }
}

/** Row sums: x is [rows, cols] row-major, out[r] = Σ_j x[r, j]. */
export function sumRows(out: Float32Array, x: Float32Array, rows: number, cols: number) {
  for (let r = 0, i = 0; r < rows; r++) {
    let acc = 0;
    for (let j = 0; j < cols; j++, i++) acc += x[i];
    out[r] = acc;
  }
}

export function sumConfig(stock: KernelConfig): KernelConfig {
  return withFastPath(stock, ({ inputs, attrs }, wasm) => {
    const x = inputs.x as TensorInfo;
    const { axis, keepDims } = attrs as unknown as SumAttrs;
    if (x.dtype !== 'float32' || x.shape.some((d) => d === 0)) return null;
    const axes = [...new Set(tf.util.parseAxisParam(axis, x.shape))].sort((p, q) => p - q);
    const rank = x.shape.length;
    const leading = axes.every((a, i) => a === i);
    const trailing = axes.every((a, i) => a === rank - axes.length + i);
    if (axes.length === 0 || (!leading && !trailing)) return null;
    const [outShape, reduceShape] = tf.backend_util.computeOutAndReduceShapes(x.shape, axes);
    const reduced = tf.util.sizeFromShape(reduceShape);
    const kept = tf.util.sizeFromShape(outShape);
    const shape = keepDims ? tf.backend_util.expandShapeToKeepDim(outShape, axes) : outShape;
    if (!leading && reduced * kept > SMALL) return null;
    const out = wasm.makeOutput(shape, 'float32');
    const y = wasm.typedArrayFromHeap(out);
    const v = wasm.typedArrayFromHeap(x);
    const simd = leading && kept % 4 === 0 ? simdKernelsFor(wasm) : null;
    if (simd) simd.sumColumns(y.byteOffset, v.byteOffset, reduced, kept);
    else if (leading) sumColumns(y, v, reduced, kept);
    else sumRows(y, v, kept, reduced);
    return out;
  });
}
