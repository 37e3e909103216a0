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
  wasm: { HEAPF32: Float32Array; HEAP32: Int32Array };
  makeOutput(shape: number[], dtype: 'float32' | 'int32'): tf.TensorInfo;
}

function wasmBackend(): WasmBackendInternals | null {
  if (tf.getBackend() !== 'wasm') return null;
  const backend = tf.backend() as unknown as Partial<WasmBackendInternals>;
  return backend.dataIdMap && backend.wasm?.HEAPF32 && backend.makeOutput ? (backend as WasmBackendInternals) : null;
}

function wasmData(t: tf.Tensor): { heap: Float32Array; start: number; data: WasmTensorData } | null {
  const backend = t.dtype === 'float32' ? wasmBackend() : null;
  const data = backend?.dataIdMap.get(t.dataId);
  if (!backend || !data) return null;
  // HEAPF32 is read afresh each time: the heap's view is replaced whenever the memory grows.
  return { heap: backend.wasm.HEAPF32, start: data.memoryOffset >>> 2, data };
}

/**
 * Sets a variable's values (same shape) from `values`. The variable always gets new memory, never
 * a write into its current one: tensors are immutable to tfjs, and the WASM backend's XNNPACK
 * operators keep weights packed per tensor id, so new values in old memory would go unseen by a
 * stock Conv2D. On WASM the new memory is filled straight from `values`, one copy.
 */
export function overwriteVariable(variable: tf.Variable, values: Float32Array) {
  const backend = variable.dtype === 'float32' ? wasmBackend() : null;
  let value: tf.Tensor;
  if (backend) {
    const info = backend.makeOutput([...variable.shape], 'float32');
    backend.wasm.HEAPF32.set(values, backend.dataIdMap.get(info.dataId)!.memoryOffset >>> 2);
    value = tf.engine().makeTensorFromTensorInfo(info);
  } else {
    // slice(): a backend may keep the array it is given, and the source may change under it later.
    value = tf.tensor(values.slice(), variable.shape, 'float32');
  }
  variable.assign(value);
  value.dispose();
}

/** Copies a float32 tensor's values into `target` from `offset`. */
export function copyTensorInto(t: tf.Tensor, target: Float32Array, offset: number) {
  const wasm = wasmData(t);
  if (wasm) target.set(wasm.heap.subarray(wasm.start, wasm.start + t.size), offset);
  else target.set(t.dataSync() as Float32Array, offset);
}

/** Rows of a host array, in the order given by `indices[start .. start+count)`, as one tensor. */
export interface RowSource {
  shape: number[];
  rowSize: number;
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

/** A tensor of the rows `indices[start .. start+count)` of `source`, copied once (straight into the WASM heap there). */
export function tensorOfRows(source: RowSource, indices: ArrayLike<number>, start: number, count: number): tf.Tensor {
  const shape = [count, ...source.shape.slice(1)];
  const { rowSize, values } = source;
  const backend = wasmBackend();
  if (backend) {
    const info = backend.makeOutput(shape, source.dtype);
    const tensor = tf.engine().makeTensorFromTensorInfo(info);
    const heap = source.dtype === 'int32' ? backend.wasm.HEAP32 : backend.wasm.HEAPF32;
    const base = backend.dataIdMap.get(info.dataId)!.memoryOffset >>> 2;
    for (let r = 0; r < count; r++) {
      const from = indices[start + r] * rowSize;
      heap.set(values.subarray(from, from + rowSize), base + r * rowSize);
    }
    return tensor;
  }
  const out = source.dtype === 'int32' ? new Int32Array(count * rowSize) : new Float32Array(count * rowSize);
  for (let r = 0; r < count; r++) {
    const from = indices[start + r] * rowSize;
    out.set(values.subarray(from, from + rowSize), r * rowSize);
  }
  return tf.tensor(out, shape, source.dtype);
}
