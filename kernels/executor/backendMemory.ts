/**
 * Reads and writes tensor values straight in the WASM backend's heap (executor thread), so a
 * step moves the model's weights in and its gradients out with one copy each instead of three
 * (slice, upload, assign; download, copy, copy). Elsewhere, and whenever a tensor's memory is
 * shared with another tensor, it takes the ordinary tfjs path.
 */
import * as tf from '@tensorflow/tfjs';

interface WasmTensorData {
  memoryOffset: number;
  refCount: number;
}

/** The parts of tfjs-backend-wasm's BackendWasm used here (internals, so kept in one place). */
interface WasmBackendInternals {
  dataIdMap: { get(dataId: object): WasmTensorData | undefined };
  wasm: { HEAPF32: Float32Array };
}

function wasmData(t: tf.Tensor): { heap: Float32Array; start: number; data: WasmTensorData } | null {
  if (t.dtype !== 'float32' || tf.getBackend() !== 'wasm') return null;
  const backend = tf.backend() as unknown as Partial<WasmBackendInternals>;
  const data = backend.dataIdMap?.get(t.dataId);
  // HEAPF32 is read afresh each time: the heap's view is replaced whenever the memory grows.
  const heap = backend.wasm?.HEAPF32;
  if (!data || !heap) return null;
  return { heap, start: data.memoryOffset >>> 2, data };
}

/** Sets a variable's values (same shape) from `values`. */
export function overwriteVariable(variable: tf.Variable, values: Float32Array) {
  const wasm = wasmData(variable);
  // Only when no other tensor shares this memory (a reshape of the variable would change with it).
  if (wasm && wasm.data.refCount === 1) {
    wasm.heap.set(values, wasm.start);
    return;
  }
  // slice(): a backend may keep the array it is given, and the source may change under it later.
  const value = tf.tensor(values.slice(), variable.shape, 'float32');
  variable.assign(value);
  value.dispose();
}

/** Copies a float32 tensor's values into `target` from `offset`. */
export function copyTensorInto(t: tf.Tensor, target: Float32Array, offset: number) {
  const wasm = wasmData(t);
  if (wasm) target.set(wasm.heap.subarray(wasm.start, wasm.start + t.size), offset);
  else target.set(t.dataSync() as Float32Array, offset);
}
