/**
 * Picks the TensorFlow.js backend for a kernel or executor. 'auto' prefers WebGPU on a real
 * GPU and WASM otherwise: WebGPU on a software adapter (SwiftShader) trains ~10x slower than
 * WASM on the same CPU, so "WebGPU available" is not enough — the adapter must be hardware.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendChoice } from '../wire/pageKernelProtocol';
import { installWasmTrainingKernels } from '../wasm-training/register';
import { assetPath } from '../../lib/routes/appRoutes';

/** Where scripts/copy-vendor.mjs puts the WASM binaries (served by our own origin). */
export const WASM_PATH = assetPath('/vendor/tfjs-wasm/');

let wasmConfigured = false;
function configureWasm() {
  if (wasmConfigured) return;
  // One thread per kernel/executor: the cluster gets its parallelism from several workers,
  // and the threaded build would compete with them for the same cores.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(WASM_PATH);
  wasmConfigured = true;
}

/** What the adapter check found; `isSoftware` covers SwiftShader and fallback adapters. */
export interface GpuProbe {
  available: boolean;
  isSoftware: boolean;
  description: string;
}

/** Asks WebGPU for an adapter and whether it is a real GPU. Never throws. */
export async function probeWebGpu(): Promise<GpuProbe> {
  const gpu = (globalThis.navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return { available: false, isSoftware: false, description: 'no WebGPU in this browser' };
  try {
    const adapter = (await gpu.requestAdapter()) as {
      isFallbackAdapter?: boolean;
      info?: { vendor?: string; architecture?: string; device?: string; description?: string };
    } | null;
    if (!adapter) return { available: false, isSoftware: false, description: 'no WebGPU adapter' };
    const info = adapter.info ?? {};
    const description = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ') || 'unknown adapter';
    const isSoftware = Boolean(adapter.isFallbackAdapter) || /swiftshader|llvmpipe|software|microsoft basic/i.test(description);
    return { available: true, isSoftware, description };
  } catch (e) {
    return { available: false, isSoftware: false, description: `WebGPU adapter request failed: ${String(e)}` };
  }
}

/** The result of choosing: the backend now active, and a note the UI shows when it differs from the ask. */
export interface BackendSelection {
  backend: string;
  note?: string;
  /** The WebGPU adapter, when the backend is webgpu ("… (software)" for SwiftShader and the like). */
  adapter?: string;
}

let probed: Promise<GpuProbe> | null = null;
/** The adapter seen once per worker (asking again returns the same answer). */
export function probeWebGpuOnce(): Promise<GpuProbe> {
  return (probed ??= probeWebGpu());
}

/** How the panel names a WebGPU adapter: short, as the panel's column is narrow ("SwiftShader (software)"). */
export function adapterText(probe: GpuProbe): string {
  if (!probe.isSoftware) return probe.description;
  const name = /swiftshader/i.test(probe.description) ? 'SwiftShader' : probe.description;
  return `${name} (software)`;
}

async function withAdapter(selection: BackendSelection): Promise<BackendSelection> {
  if (selection.backend !== 'webgpu') return selection;
  return { ...selection, adapter: adapterText(await probeWebGpuOnce()) };
}

/** Activates the first of `candidates` that starts (a pre-flight fallback); null when none does. */
export async function useFirstBackend(candidates: string[]): Promise<BackendSelection | null> {
  for (const candidate of candidates) {
    if (await trySet(candidate)) {
      await tf.ready();
      return withAdapter({ backend: tf.getBackend() });
    }
  }
  return null;
}

async function trySet(name: string): Promise<boolean> {
  if (name === 'wasm') configureWasm();
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

/** Activates the chosen backend, falling back (wasm, then cpu) with a note rather than failing. */
export async function selectBackend(choice: BackendChoice): Promise<BackendSelection> {
  let note: string | undefined;
  let wanted: string = choice;
  if (choice === 'auto') {
    const probe = await probeWebGpuOnce();
    if (probe.available && !probe.isSoftware) {
      wanted = 'webgpu';
    } else {
      wanted = 'wasm';
      note = probe.available
        ? `auto: WASM, because the WebGPU adapter is software (${probe.description})`
        : `auto: WASM (${probe.description})`;
    }
  }
  for (const candidate of [wanted, 'wasm', 'cpu']) {
    if (await trySet(candidate)) {
      await tf.ready();
      if (candidate !== wanted) note = `${wanted} is unavailable here; using ${candidate}`;
      return withAdapter({ backend: tf.getBackend(), note });
    }
  }
  throw new Error('No TensorFlow.js backend could be initialised (tried webgpu/wasm/cpu).');
}

/** Registered names, so tf.setBackend('wasm') inside a cell finds the WASM paths set. */
export function prepareBackends() {
  configureWasm();
  installWasmTrainingKernels(); // idempotent: lets CNNs train on WASM and speeds up its backward matmuls
}
