/**
 * BatchMatMul and _FusedMatMul for WASM that never hand XNNPACK a transposed operand. The stock
 * kernels take a generic path 10–20x slower when transposeA or transposeB is set, and training
 * sets one of them in every backward product (dW = xᵀ·dy, dx = dy·Wᵀ). A transpose copy costs a
 * few percent of the product, so we transpose first and multiply row-major.
 */
import type { BatchMatMulAttrs, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { callKernel, release, transposeLastTwo, type WasmBackend } from './wasmBackend';

/** Wraps a stock matmul kernel so that its `a` and `b` arrive untransposed. */
export function withoutTransposes(stock: KernelConfig): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: Parameters<KernelFunc>[0]) => {
    const { transposeA, transposeB } = attrs as unknown as BatchMatMulAttrs;
    const wasm = backend as unknown as WasmBackend;
    if (!transposeA && !transposeB) return callKernel(stock, stock.kernelName, wasm, inputs, attrs);
    const a = inputs.a as TensorInfo;
    const b = inputs.b as TensorInfo;
    const temporaries: TensorInfo[] = [];
    try {
      const aRowMajor = transposeA ? keep(temporaries, transposeLastTwo(wasm, a)) : a;
      const bRowMajor = transposeB ? keep(temporaries, transposeLastTwo(wasm, b)) : b;
      const plainAttrs: NamedAttrMap = { ...attrs, transposeA: false, transposeB: false };
      return callKernel(stock, stock.kernelName, wasm, { ...inputs, a: aRowMajor, b: bRowMajor }, plainAttrs);
    } finally {
      for (const t of temporaries) release(wasm, t);
    }
  };
  return { ...stock, kernelFunc: kernelFunc as KernelFunc };
}

function keep(list: TensorInfo[], t: TensorInfo) {
  list.push(t);
  return t;
}
