/**
 * The slice of tfjs-backend-wasm's BackendWasm our kernels use, and helpers to call the stock
 * WASM kernels from inside ours. Intermediates made here live only in the backend (not the
 * engine), so every helper's result must be released with `release` by the caller.
 */
import * as tf from '@tensorflow/tfjs';
import type { DataId, KernelConfig, KernelFunc, NamedAttrMap, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';

/** What our kernels need from tfjs-backend-wasm's backend object (not exported as a type). */
export interface WasmBackend {
  makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
  disposeData(dataId: DataId, force?: boolean): boolean;
  incRef(dataId: DataId): void;
  /** The Emscripten module; simdKernels.ts instantiates its loops on `asm.memory`. */
  wasm?: { asm?: { memory?: WebAssembly.Memory } };
}

/** Same data, another shape: a view for a kernel call, never disposed on its own. */
export function view(info: TensorInfo, shape: number[]): TensorInfo {
  return { dataId: info.dataId, shape, dtype: info.dtype };
}

/** Frees an intermediate a stock kernel returned (its data is backend-owned, not engine-tracked). */
export function release(backend: WasmBackend, info: TensorInfo) {
  backend.disposeData(info.dataId);
}

/**
 * Calls a stock WASM kernel. `stock` is the config saved before we registered our own under the
 * same name, or the live registry entry for kernels we never replace.
 */
export function callKernel(
  config: KernelConfig | undefined,
  name: string,
  backend: WasmBackend,
  inputs: NamedTensorInfoMap,
  attrs: NamedAttrMap = {},
): TensorInfo {
  const kernel = config ?? tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`The WASM backend has no '${name}' kernel; is @tensorflow/tfjs-backend-wasm loaded?`);
  return (kernel.kernelFunc as KernelFunc)({ inputs, backend: backend as never, attrs }) as TensorInfo;
}

/** Swaps the last two axes with the stock Transpose kernel (a real copy, so XNNPACK sees row-major data). */
export function transposeLastTwo(backend: WasmBackend, x: TensorInfo): TensorInfo {
  const rank = x.shape.length;
  const perm = [...Array(rank - 2).keys(), rank - 1, rank - 2];
  return callKernel(undefined, 'Transpose', backend, { x }, { perm });
}

/** A kernel body that handles the common cases itself and returns null for the rest. */
export type FastPath = (args: Parameters<KernelFunc>[0], wasm: WasmBackend) => TensorInfo | TensorInfo[] | null;

/**
 * Our kernel in front of a stock one: `fast` first, the stock kernel when it declines. The stock
 * setupFunc is kept, so registering before the backend starts still wires the stock WASM calls.
 */
export function withFastPath(stock: KernelConfig, fast: FastPath): KernelConfig {
  const kernelFunc = (args: Parameters<KernelFunc>[0]) =>
    fast(args, args.backend as unknown as WasmBackend) ?? (stock.kernelFunc as KernelFunc)(args);
  return { ...stock, kernelFunc: kernelFunc as KernelFunc };
}

/** The backend's refcount, for kernels whose output is their input (Identity, a same-dtype Cast). */
export function shareData(backend: WasmBackend, x: TensorInfo, shape: number[] = x.shape): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape, dtype: x.dtype };
}

/** A bool tensor's bytes on the heap (typedArrayFromHeap returns a Uint8Array for 'bool'). */
export function boolsFromHeap(backend: WasmBackend, info: TensorInfo): Uint8Array {
  return backend.typedArrayFromHeap(info) as unknown as Uint8Array;
}
