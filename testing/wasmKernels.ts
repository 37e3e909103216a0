/**
 * Test helpers: the WASM backend in Node (vitest), seeded random data, and running one
 * computation on two backends to compare. Not imported by app code.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { registerWasmTrainingKernels } from '../kernels/wasm-training/register';
import { mulberry32 } from '../lib/cluster/seededShuffle';

let wasmPathsSet = false;

/** Points tfjs-backend-wasm at its .wasm files in node_modules (single-threaded, as in the app). */
export function configureWasmForNode() {
  if (wasmPathsSet) return;
  const pkg = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(join(dirname(pkg), 'dist') + '/');
  wasmPathsSet = true;
}

/** A small deterministic PRNG so failures reproduce. */
export const seededRandom = mulberry32;

/** Uniform values in [-1, 1). */
export function randomArray(random: () => number, size: number) {
  return Float32Array.from({ length: size }, () => random() * 2 - 1);
}

/** Runs `compute` with `backend` active and returns its outputs' values (everything it made is disposed). */
export async function valuesOn(backend: string, compute: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const outputs = tf.tidy(compute);
  const list = Array.isArray(outputs) ? outputs : [outputs];
  try {
    return list.map((t) => t.dataSync() as Float32Array);
  } finally {
    tf.dispose(list);
  }
}

/** max|a − b| / max|b|: the error relative to the result's scale (elementwise ratios explode near 0). */
export function maxRelativeError(actual: Float32Array, expected: Float32Array) {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} vs expected ${expected.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

/**
 * For the enclosing describe: our kernels on the WASM backend, with gemm.wat's relaxed-SIMD or
 * plain-SIMD build pinned, or 'off' for the XNNPACK paths (gemm.ts reads the pin on every call).
 */
export function onWasmWithGemm(variant: 'relaxed' | 'plain' | 'off') {
  const pin = (value: string | undefined) => ((globalThis as { __sparkbookGemm?: string }).__sparkbookGemm = value);
  beforeAll(async () => {
    configureWasmForNode();
    registerWasmTrainingKernels();
    await tf.setBackend('wasm');
    pin(variant);
  });
  afterAll(() => pin(undefined));
}
