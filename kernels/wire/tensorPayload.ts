/**
 * Tensors <-> plain typed arrays for MessagePort transfer. The arrays are fresh copies so
 * they can be transferred (detached) without touching the backend's own memory.
 */
import * as tf from '@tensorflow/tfjs';
import type { TensorPayload } from './kernelExecutorProtocol';

export function toPayload(t: tf.Tensor): TensorPayload {
  const dtype = t.dtype === 'int32' ? 'int32' : 'float32';
  const values = t.dataSync();
  const data = dtype === 'int32' ? Int32Array.from(values as Int32Array) : Float32Array.from(values as Float32Array);
  return { shape: [...t.shape], dtype, data };
}

export function fromPayload(p: TensorPayload): tf.Tensor {
  return tf.tensor(p.data, p.shape, p.dtype);
}

/** The buffers to list in postMessage's transfer argument. */
export function transferables(payloads: { data: ArrayBufferView }[]): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const p of payloads) {
    const buffer = p.data.buffer;
    if (buffer instanceof ArrayBuffer) seen.add(buffer);
  }
  return [...seen];
}
