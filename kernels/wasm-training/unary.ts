/**
 * Kernels that need no arithmetic (Identity, a Cast to the same dtype: share the input's data, as
 * the CPU backend does, instead of copying it) and Step (the ReLU gradient's mask) on small
 * tensors. (A JS Tanh was tried: Math.tanh is no faster than the stock kernel.)
 */
import * as tf from '@tensorflow/tfjs';
import type { CastAttrs, KernelConfig, StepAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import { SMALL } from './elementwise';
import { shareData, withFastPath } from './wasmBackend';

/** Our configs in front of the stock ones; `stock(name)` returns the stock config. */
export function unaryConfigs(stock: (name: string) => KernelConfig): KernelConfig[] {
  const identity = withFastPath(stock('Identity'), ({ inputs }, wasm) => {
    const x = inputs.x as TensorInfo;
    return x.dtype === 'string' ? null : shareData(wasm, x);
  });
  const cast = withFastPath(stock('Cast'), ({ inputs, attrs }, wasm) => {
    const x = inputs.x as TensorInfo;
    return x.dtype !== 'string' && x.dtype === (attrs as unknown as CastAttrs).dtype ? shareData(wasm, x) : null;
  });
  const step = withFastPath(stock('Step'), ({ inputs, attrs }, wasm) => {
    const x = inputs.x as TensorInfo;
    if (x.dtype !== 'float32' || tf.util.sizeFromShape(x.shape) > SMALL) return null;
    const alpha = (attrs as unknown as StepAttrs).alpha ?? 0;
    const out = wasm.makeOutput([...x.shape], 'float32');
    const y = wasm.typedArrayFromHeap(out);
    const v = wasm.typedArrayFromHeap(x);
    for (let i = 0; i < v.length; i++) y[i] = v[i] > 0 ? 1 : v[i] !== v[i] ? NaN : alpha;
    return out;
  });
  return [identity, cast, step];
}

/** The kernel names unaryConfigs replaces. */
export const UNARY_KERNELS = ['Identity', 'Cast', 'Step'] as const;
