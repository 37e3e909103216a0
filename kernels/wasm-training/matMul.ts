/**
 * BatchMatMul and _FusedMatMul for WASM on gemm.wat's product (gemm.ts): fused multiply-adds and
 * operands packed straight from either layout, so the backward products (dW = xᵀ·dy,
 * dx = dy·Wᵀ) need no transpose copy. The MLP's training step is ~73% products; XNNPACK ran them
 * at ~13 GFLOP/s, this at ~28 (Node, relaxed SIMD, 256x784·784x500). Where the engine has no
 * SIMD, or for other dtypes and broadcasts, the XNNPACK path of matMulWithoutTransposes.ts runs.
 */
import { backend_util } from '@tensorflow/tfjs';
import type { _FusedMatMulAttrs, BatchMatMulAttrs, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { gemmFor, gemmScratchFloats } from './gemm';
import { withoutTransposes } from './matMulWithoutTransposes';
import { callKernel, release, withFastPath, type WasmBackend } from './wasmBackend';

const product = (dims: number[]) => dims.reduce((p, d) => p * d, 1);

/** The product on gemm.wat, or null to decline (the caller then runs XNNPACK). */
function gemmMatMul(wasm: WasmBackend, a: TensorInfo, b: TensorInfo, { transposeA, transposeB }: BatchMatMulAttrs): TensorInfo | null {
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length < 2 || b.shape.length < 2) return null;
  const gemm = gemmFor(wasm);
  if (!gemm) return null;
  const [aRows, aCols] = a.shape.slice(-2);
  const [bRows, bCols] = b.shape.slice(-2);
  const [m, k] = transposeA ? [aCols, aRows] : [aRows, aCols];
  const [kB, n] = transposeB ? [bCols, bRows] : [bRows, bCols];
  if (k !== kB || m === 0 || n === 0 || k === 0) return null;
  // Batch dims broadcast as tfjs's do; we take the cases where each side is either one matrix or
  // the whole batch (then its batch index is the output's).
  const batchShape = backend_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const batches = product(batchShape);
  const aCount = product(a.shape.slice(0, -2));
  const bCount = product(b.shape.slice(0, -2));
  if ((aCount !== 1 && aCount !== batches) || (bCount !== 1 && bCount !== batches)) return null;

  const out = wasm.makeOutput([...batchShape, m, n], 'float32');
  const scratch = wasm.makeOutput([gemmScratchFloats(m, n, k)], 'float32');
  try {
    // Byte addresses after both allocations (a heap growth moves nothing but detaches views).
    const at = (t: TensorInfo) => wasm.typedArrayFromHeap(t).byteOffset;
    const [outAt, aAt, bAt, scratchAt] = [at(out), at(a), at(b), at(scratch)];
    for (let i = 0; i < batches; i++) {
      const aOffset = aCount === 1 ? 0 : i * m * k * 4;
      const bOffset = bCount === 1 ? 0 : i * k * n * 4;
      gemm.multiply(
        outAt + i * m * n * 4,
        { at: aAt + aOffset, transposed: transposeA },
        { at: bAt + bOffset, transposed: transposeB },
        m,
        n,
        k,
        scratchAt,
        bCount === 1 && i > 0,
      );
    }
  } finally {
    release(wasm, scratch);
  }
  return out;
}

/** The registry kernel that applies a fused activation, and its attrs. */
function activationKernel(activation: string, alpha: number | undefined): [string, NamedAttrMap] | null {
  switch (activation) {
    case 'relu':
      return ['Relu', {}];
    case 'relu6':
      return ['Relu6', {}];
    case 'elu':
      return ['Elu', {}];
    case 'sigmoid':
      return ['Sigmoid', {}];
    case 'leakyrelu':
      return ['LeakyRelu', { alpha: alpha ?? 0.2 }];
    default:
      return null;
  }
}

/** Replaces `x` by `next(x)`, releasing `x`. */
function then(wasm: WasmBackend, x: TensorInfo, next: (x: TensorInfo) => TensorInfo) {
  try {
    return next(x);
  } finally {
    release(wasm, x);
  }
}

export function batchMatMulConfig(stock: KernelConfig): KernelConfig {
  return withFastPath(withoutTransposes(stock), ({ inputs, attrs }, wasm) =>
    gemmMatMul(wasm, inputs.a as TensorInfo, inputs.b as TensorInfo, attrs as unknown as BatchMatMulAttrs),
  );
}

/** _FusedMatMul: our product, then the bias (the registry's Add broadcasts it) and the activation. */
export function fusedMatMulConfig(stock: KernelConfig): KernelConfig {
  const fast = ({ inputs, attrs }: Parameters<KernelFunc>[0], wasm: WasmBackend) => {
    const { activation = 'linear', leakyreluAlpha } = attrs as unknown as _FusedMatMulAttrs;
    const bias = inputs.bias as TensorInfo | undefined;
    const preluWeights = inputs.preluActivationWeights as TensorInfo | undefined;
    const kernel = activationKernel(activation, leakyreluAlpha);
    if (activation !== 'linear' && activation !== 'prelu' && !kernel) return null;
    if (activation === 'prelu' && !preluWeights) return null;
    let y = gemmMatMul(wasm, inputs.a as TensorInfo, inputs.b as TensorInfo, attrs as unknown as BatchMatMulAttrs);
    if (!y) return null;
    if (bias) y = then(wasm, y, (x) => callKernel(undefined, 'Add', wasm, { a: x, b: bias }));
    if (activation === 'prelu') y = then(wasm, y, (x) => callKernel(undefined, 'Prelu', wasm, { x, alpha: preluWeights! }));
    else if (kernel) y = then(wasm, y, (x) => callKernel(undefined, kernel[0], wasm, { x }, kernel[1]));
    return y;
  };
  return withFastPath(withoutTransposes(stock), fast);
}
