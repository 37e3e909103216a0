/**
 * SplitV and Concat as block copies on the heap. An LSTM step splits its [batch, 4·units] gate
 * pre-activations in four and its gradient concatenates them back; the stock kernels go through
 * a Slice per piece and a generic strided copy, 100–300 µs a call where a copy costs a few.
 */
import * as tf from '@tensorflow/tfjs';
import type { ConcatAttrs, KernelConfig, SplitVAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import { withFastPath, type WasmBackend } from './wasmBackend';

type Values = Float32Array | Int32Array | Uint8Array;
const values = (wasm: WasmBackend, t: TensorInfo) => wasm.typedArrayFromHeap(t) as Values;
const copyable = (t: TensorInfo) => t.dtype !== 'string' && t.dtype !== 'complex64';

export function splitVConfig(stock: KernelConfig): KernelConfig {
  return withFastPath(stock, ({ inputs, attrs }, wasm) => {
    const x = inputs.x as TensorInfo;
    const { numOrSizeSplits, axis } = attrs as unknown as SplitVAttrs;
    if (!copyable(x) || x.shape.some((d) => d === 0)) return null;
    const ax = tf.util.parseAxisParam(axis, x.shape)[0];
    const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax);
    const outer = tf.util.sizeFromShape(x.shape.slice(0, ax));
    const inner = tf.util.sizeFromShape(x.shape.slice(ax + 1));
    const outs = sizes.map((s) =>
      wasm.makeOutput(
        x.shape.map((d, i) => (i === ax ? s : d)),
        x.dtype,
      ),
    );
    const src = values(wasm, x); // after the allocations
    let offset = 0;
    for (const [k, out] of outs.entries()) {
      const width = sizes[k] * inner;
      const dst = values(wasm, out);
      for (let r = 0; r < outer; r++)
        dst.set(src.subarray(r * x.shape[ax] * inner + offset, r * x.shape[ax] * inner + offset + width), r * width);
      offset += width;
    }
    return outs;
  });
}

export function concatConfig(stock: KernelConfig): KernelConfig {
  return withFastPath(stock, ({ inputs, attrs }, wasm) => {
    const xs = inputs as unknown as TensorInfo[];
    if (xs.length < 2 || !xs.every((t) => copyable(t) && t.dtype === xs[0].dtype && tf.util.sizeFromShape(t.shape) > 0)) return null;
    const ax = tf.util.parseAxisParam((attrs as unknown as ConcatAttrs).axis, xs[0].shape)[0];
    tf.backend_util.assertParamsConsistent(
      xs.map((t) => t.shape),
      ax,
    );
    const shape = tf.backend_util.computeOutShape(
      xs.map((t) => t.shape),
      ax,
    );
    const outer = tf.util.sizeFromShape(shape.slice(0, ax));
    const rowWidth = tf.util.sizeFromShape(shape.slice(ax));
    const out = wasm.makeOutput(shape, xs[0].dtype);
    const dst = values(wasm, out); // after the allocation
    let offset = 0;
    for (const t of xs) {
      const width = tf.util.sizeFromShape(t.shape.slice(ax));
      const src = values(wasm, t);
      for (let r = 0; r < outer; r++) dst.set(src.subarray(r * width, (r + 1) * width), r * rowWidth + offset);
      offset += width;
    }
    return out;
  });
}
