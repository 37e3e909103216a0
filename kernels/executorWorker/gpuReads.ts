/**
 * Reading results back from a GPU backend. dataSync() stalls the device, and on WebGPU it draws
 * through OffscreenCanvases (in a worker on SwiftShader that exhausts the shared memory its buffer
 * mappings need within a few steps). An awaited data() first leaves the values cached on the CPU,
 * so the synchronous readers that follow (copies into shared memory, payloads) are plain copies.
 */
import * as tf from '@tensorflow/tfjs';

/** Backends whose tensors live in memory the thread can read at once. */
const HOST_BACKENDS = new Set(['cpu', 'wasm']);

/** Downloads the tensors' values asynchronously when the backend keeps them on a GPU. */
export async function downloadFirst(tensors: tf.Tensor[]): Promise<void> {
  if (HOST_BACKENDS.has(tf.getBackend())) return;
  await Promise.all(tensors.map((t) => t.data()));
}
