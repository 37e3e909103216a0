/**
 * The WebAssembly SIMD loops of simdKernels.wat, instantiated on the WASM backend's own memory
 * so they read and write tensors in place (JS loops over the heap run at ~5-10 ns an element;
 * these at a fraction of that). Null where the engine lacks SIMD or the backend hides its
 * memory: callers then keep their JS loops.
 */
import { SIMD_KERNELS_BASE64 } from './simdKernelsBinary';
import type { WasmBackend } from './wasmBackend';

/** The module's exports; pointers are byte addresses in the backend's memory. */
export interface SimdKernels {
  maxPoolGrad2x2Stride2(
    dx: number,
    x: number,
    dy: number,
    images: number,
    outHeight: number,
    outWidth: number,
    channelBytes: number,
    rowBytes: number,
    imageBytes: number,
  ): void;
  sumColumns(out: number, x: number, rows: number, cols: number): void;
  addRowVector(out: number, a: number, b: number, rows: number, cols: number): void;
  filterGrad3x3OneChannel(
    dw: number,
    xPadded: number,
    dy: number,
    images: number,
    outHeight: number,
    outWidth: number,
    outChannels: number,
  ): void;
}

let compiled: WebAssembly.Module | null | undefined;
const instances = new WeakMap<WebAssembly.Memory, SimdKernels>();

function compile(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  const bytes = Uint8Array.from(atob(SIMD_KERNELS_BASE64), (c) => c.charCodeAt(0));
  compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  return compiled;
}

/** The SIMD loops bound to `backend`'s memory, or null to use the JS ones. */
export function simdKernelsFor(backend: WasmBackend): SimdKernels | null {
  if ((globalThis as { __sparkbookNoWasmSimdLoops?: boolean }).__sparkbookNoWasmSimdLoops) return null;
  const memory = backend.wasm?.asm?.memory;
  if (!(memory instanceof WebAssembly.Memory)) return null;
  const cached = instances.get(memory);
  if (cached) return cached;
  const module = compile();
  if (!module) return null;
  const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as SimdKernels;
  instances.set(memory, kernels);
  return kernels;
}
