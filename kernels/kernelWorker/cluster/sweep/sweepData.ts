/**
 * The sweep's data, copied once into memory every executor maps: each configuration's task
 * carries the same SharedArrayBuffers, so 18 configurations do not mean 18 copies of MNIST.
 * Without cross-origin isolation plain buffers are used (copied per task, still correct).
 */
import * as tf from '@tensorflow/tfjs';
import type { SharedTensor, SweepDataset } from '../../../wire/kernelExecutorProtocol';
import { dataFingerprint, type DataFingerprint } from '../../../../lib/experiments/sweepKey';

function shareable(bytes: number): SharedArrayBuffer | ArrayBuffer {
  return typeof SharedArrayBuffer !== 'undefined' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false
    ? new SharedArrayBuffer(bytes)
    : new ArrayBuffer(bytes);
}

async function toShared(t: tf.Tensor): Promise<SharedTensor & { values: Float32Array }> {
  const data = (await t.data()) as Float32Array | Int32Array;
  const buffer = shareable(data.length * 4);
  const values = new Float32Array(buffer);
  values.set(data);
  return { buffer, shape: [...t.shape], values };
}

/** The dataset as tasks carry it, and its fingerprint for the configurations' keys. */
export async function shareSweepData(
  x: tf.Tensor,
  y: tf.Tensor,
  evaluation: [tf.Tensor, tf.Tensor] | null,
): Promise<{ data: SweepDataset; fingerprint: DataFingerprint; evaluationLabels: Float32Array }> {
  const [sx, sy] = await Promise.all([toShared(x), toShared(y)]);
  const [ex, ey] = evaluation ? await Promise.all([toShared(evaluation[0]), toShared(evaluation[1])]) : [sx, sy];
  const arrays = evaluation ? [sx, sy, ex, ey] : [sx, sy];
  const fingerprint = await dataFingerprint(arrays.map((a) => ({ shape: a.shape, data: a.values })));
  const strip = ({ buffer, shape }: SharedTensor) => ({ buffer, shape });
  return { data: { x: strip(sx), y: strip(sy), evaluation: { x: strip(ex), y: strip(ey) } }, fingerprint, evaluationLabels: ey.values };
}
