/** TensorFlow.js's kernel registry as the pre-flight check reads it (the same in every worker of this app). */
import * as tf from '@tensorflow/tfjs';

/** The names of the kernels `backend` implements. */
export function registeredKernels(backend: string): ReadonlySet<string> {
  return new Set(tf.getKernelsForBackend(backend).map((k) => k.kernelName));
}

/** Whether this build of the app can start `backend` at all (whether the browser can is found by trying). */
export function backendRegistered(backend: string): boolean {
  return tf.findBackendFactory(backend) != null || tf.findBackend(backend) != null;
}
