/**
 * gemm.wat's matrix product, instantiated on the WASM backend's own memory: C = A·B for float32
 * matrices already on the heap, each operand row-major or transposed. The relaxed-SIMD build
 * (fused multiply-adds) where the engine validates it (Chrome 114+, Node 22+), else the
 * plain-SIMD build (still faster than tfjs's XNNPACK product on these shapes: 18 vs 13 GFLOP/s
 * measured in Node), else null and callers keep XNNPACK.
 */
import { GEMM_PLAIN_SIMD_BASE64, GEMM_RELAXED_SIMD_BASE64 } from './gemmBinary';
import type { WasmBackend } from './wasmBackend';

interface GemmExports {
  packA(dst: number, src: number, m: number, k: number, rowStride: number, colStride: number): void;
  packB(dst: number, src: number, k: number, n: number, rowStride: number, colStride: number): void;
  gemm(c: number, a: number, b: number, m: number, n: number, k: number, ldc: number, accumulate: number, tmp: number, panelsPerChunk: number): void;
}

export type GemmVariant = 'relaxed' | 'plain';

/** One operand on the heap: its byte address and whether it is stored transposed. */
export interface Operand {
  at: number;
  transposed: boolean;
}

const modules = new Map<GemmVariant, WebAssembly.Module | null>();
const instances = new WeakMap<WebAssembly.Memory, Map<GemmVariant, GemmExports>>();

function compile(variant: GemmVariant): WebAssembly.Module | null {
  if (!modules.has(variant)) {
    const base64 = variant === 'relaxed' ? GEMM_RELAXED_SIMD_BASE64 : GEMM_PLAIN_SIMD_BASE64;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    modules.set(variant, typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null);
  }
  return modules.get(variant) ?? null;
}

/** The build this engine runs: relaxed SIMD, plain SIMD, or none. Tests pin one with `globalThis.__sparkbookGemm`. */
export function gemmVariant(): GemmVariant | null {
  const pinned = (globalThis as { __sparkbookGemm?: GemmVariant | 'off' }).__sparkbookGemm;
  if (pinned === 'off') return null;
  if (pinned) return compile(pinned) ? pinned : null;
  if (compile('relaxed')) return 'relaxed';
  return compile('plain') ? 'plain' : null;
}

/** B's panels per pass, sized so that a pass (K x 8 floats each) stays in a 256 KB share of L2. */
function panelsPerChunk(k: number) {
  return Math.max(1, Math.floor((256 * 1024) / (k * 32)));
}

/** Packed sizes in floats, plus 32 for the micro-kernel's edge block. */
export function gemmScratchFloats(m: number, n: number, k: number) {
  return (Math.ceil(m / 4) * 4 + Math.ceil(n / 8) * 8) * k + 32;
}

export interface Gemm {
  readonly variant: GemmVariant;
  /**
   * C (m x n, row-major at `c`) = A (m x k) · B (k x n). `scratch` is the byte address of
   * gemmScratchFloats(m, n, k) floats. With `packedB` set, B was packed by an earlier call with
   * the same scratch and k (a batch broadcasting one B) and is not packed again.
   */
  multiply(c: number, a: Operand, b: Operand, m: number, n: number, k: number, scratch: number, packedB?: boolean): void;
}

/** The product bound to `backend`'s memory, or null to keep XNNPACK. */
export function gemmFor(backend: WasmBackend): Gemm | null {
  const variant = gemmVariant();
  const memory = backend.wasm?.asm?.memory;
  if (!variant || !(memory instanceof WebAssembly.Memory)) return null;
  let byVariant = instances.get(memory);
  if (!byVariant) instances.set(memory, (byVariant = new Map()));
  let exports = byVariant.get(variant);
  if (!exports) {
    exports = new WebAssembly.Instance(compile(variant)!, { env: { memory } }).exports as unknown as GemmExports;
    byVariant.set(variant, exports);
  }
  const wasm = exports;
  return {
    variant,
    multiply(c, a, b, m, n, k, scratch, packedB = false) {
      const packedA = scratch;
      const packedBAt = scratch + Math.ceil(m / 4) * 4 * k * 4;
      const tmp = packedBAt + Math.ceil(n / 8) * 8 * k * 4;
      // Element (row, col) of a stored-transposed m x k matrix sits at col * m + row.
      wasm.packA(packedA, a.at, m, k, a.transposed ? 1 : k, a.transposed ? m : 1);
      if (!packedB) wasm.packB(packedBAt, b.at, k, n, b.transposed ? 1 : n, b.transposed ? k : 1);
      wasm.gemm(c, packedA, packedBAt, m, n, k, n, 0, tmp, panelsPerChunk(k));
    },
  };
}
