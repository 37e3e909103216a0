/**
 * gemm.wat's matrix product, instantiated on the WASM backend's own memory: C = A·B for float32
 * matrices already on the heap, each operand row-major or transposed. The relaxed-SIMD build
 * (fused multiply-adds) where the engine validates it (Chrome 114+, Node 22+), else the
 * plain-SIMD build (still faster than tfjs's XNNPACK product on these shapes: 18 vs 13 GFLOP/s
 * measured in Node), else null and callers keep XNNPACK.
 */
import { GEMM_PLAIN_SIMD_BASE64, GEMM_RELAXED_SIMD_BASE64 } from './gemmBinary';
import type { backend_util } from '@tensorflow/tfjs';
import type { WasmBackend } from './wasmBackend';

interface GemmExports {
  packA(dst: number, src: number, m: number, k: number, rowStride: number, colStride: number): void;
  packB(dst: number, src: number, k: number, n: number, rowStride: number, colStride: number): void;
  gemm(
    c: number,
    a: number,
    b: number,
    m: number,
    n: number,
    k: number,
    ldc: number,
    accumulate: number,
    tmp: number,
    panelsPerChunk: number,
    ldaBytes: number,
  ): void;
  packPatchRows(
    dst: number,
    x: number,
    p0: number,
    count: number,
    inH: number,
    inW: number,
    c: number,
    outH: number,
    outW: number,
    fh: number,
    fw: number,
    sh: number,
    sw: number,
    padTop: number,
    padLeft: number,
  ): void;
  packPatchesT(
    dst: number,
    x: number,
    p0: number,
    count: number,
    inH: number,
    inW: number,
    c: number,
    outH: number,
    outW: number,
    fh: number,
    fw: number,
    sh: number,
    sw: number,
    padTop: number,
    padLeft: number,
  ): void;
}

/** A channels-last convolution's geometry, in elements (a subset of backend_util.Conv2DInfo). */
export interface PatchGeometry {
  batchSize: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  padTop: number;
  padLeft: number;
}

/** The geometry of a convolution tfjs described (its padding reduced to the top-left offsets). */
export function patchGeometry(info: backend_util.Conv2DInfo): PatchGeometry {
  return { ...info, padTop: info.padInfo.top, padLeft: info.padInfo.left };
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

/**
 * The K block: up to 1,024 the whole K in one pass (the MLP's products ran fastest so); past it
 * blocks of 512, so that a 4 x 512 A panel and a 512 x 8 B panel share L1 (a filter gradient's K
 * is every output position, 12,544 for the CNN's second layer; docs/performance.md has the timing).
 */
export function kBlock(k: number) {
  return k <= 1024 ? k : 512;
}

/**
 * A's rows per block for a product with K block `kc`: about 4 MB of packed A (the whole of the
 * MLP's 256-row batches; a 10,000-row prediction goes in blocks, so scratch stays bounded).
 */
function mBlock(kc: number) {
  return Math.max(4, Math.floor((1 << 20) / kc) & ~3);
}

/** Scratch floats multiply needs: packed A and B blocks, plus 32 for the micro-kernel's edge block. */
export function gemmScratchFloats(m: number, n: number, k: number) {
  const kc = kBlock(k);
  return (Math.min(Math.ceil(m / 4) * 4, mBlock(kc)) + Math.ceil(n / 8) * 8) * kc + 32;
}

/** Scratch floats filterGradient needs (its A, the taps, is packed whole per K block). */
export function filterGradientScratchFloats(taps: number, outChannels: number, positions: number) {
  return (Math.ceil(taps / 4) * 4 + Math.ceil(outChannels / 8) * 8) * kBlock(positions) + 32;
}

export interface Gemm {
  readonly variant: GemmVariant;
  /**
   * C (m x n, row-major at `c`) = A (m x k) · B (k x n). `scratch` is the byte address of
   * gemmScratchFloats(m, n, k) floats. With `packedB` set, B was packed by an earlier call with
   * the same scratch, m and k (a batch broadcasting one B) and is not packed again.
   */
  multiply(c: number, a: Operand, b: Operand, m: number, n: number, k: number, scratch: number, packedB?: boolean): void;
  /**
   * A convolution's filter gradient dW [fh, fw, C, O] (at `dw`) = patches(x)ᵀ · dy, x channels-last
   * with C a multiple of 4, dy [positions, O]; the patches are packed straight from x, never
   * materialised. `scratch`: filterGradientScratchFloats(fh·fw·C, O, positions) floats.
   */
  filterGradient(dw: number, x: number, dy: number, g: PatchGeometry, outChannels: number, scratch: number): void;
  /**
   * A convolution y [positions, O] (at `y`) = patches(x) · W, x channels-last with C a multiple
   * of 4 and fh·fw·C ≤ 1,024 (one K block), W [fh, fw, C, O]. Positions go in blocks of
   * convolutionBlock(g) whose patches are copied as rows (in L2) right before their product.
   * `scratch`: convolutionScratchFloats(g, O) floats.
   */
  convolution(y: number, x: number, filter: number, g: PatchGeometry, outChannels: number, scratch: number): void;
}

/** Output positions per block of a convolution: about 128 KB of packed patches. */
function convolutionBlock(taps: number) {
  return Math.max(4, Math.floor(32768 / taps) & ~3);
}

/** Whether gemm.convolution takes this geometry: channels in fours, every tap in one K block. */
export function convolutionFits(g: PatchGeometry) {
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  return g.inChannels % 4 === 0 && taps > 0 && kBlock(taps) === taps;
}

export function convolutionScratchFloats(g: PatchGeometry, outChannels: number) {
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  return gemmScratchFloats(convolutionBlock(taps), outChannels, taps);
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

  /**
   * C = A·B in K blocks and, within each, blocks of `rowsPerBlock` rows of A: B's block is packed
   * once (`packB`; null: packed by an earlier call), then each row block's A is packed (`packA`
   * returns where it is and its row stride in bytes, 0 for packed panels) and multiplied into
   * those rows of C.
   */
  const blocked = (
    c: number,
    m: number,
    n: number,
    k: number,
    scratch: number,
    rowsPerBlock: number,
    packA: (dst: number, m0: number, rows: number, k0: number, kc: number) => [at: number, ldaBytes: number],
    packB: ((dst: number, k0: number, kc: number) => void) | null,
  ) => {
    const kc = kBlock(k);
    const packedA = scratch;
    const packedB = scratch + Math.min(Math.ceil(m / 4) * 4, rowsPerBlock) * kc * 4;
    const tmp = packedB + Math.ceil(n / 8) * 8 * kc * 4;
    for (let k0 = 0; k0 < k; k0 += kc) {
      const size = Math.min(kc, k - k0);
      packB?.(packedB, k0, size);
      for (let m0 = 0; m0 < m; m0 += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, m - m0);
        const [aAt, ldaBytes] = packA(packedA, m0, rows, k0, size);
        wasm.gemm(c + 4 * m0 * n, aAt, packedB, rows, n, size, n, k0 > 0 ? 1 : 0, tmp, panelsPerChunk(size), ldaBytes);
      }
    }
  };

  return {
    variant,
    multiply(c, a, b, m, n, k, scratch, packedB = false) {
      // Element (row, col) of a stored-transposed k x n matrix sits at col * k + row.
      const [bRows, bCols] = b.transposed ? [1, k] : [n, 1];
      blocked(
        c,
        m,
        n,
        k,
        scratch,
        mBlock(kBlock(k)),
        // Packed into 4-row panels even when row-major: the micro-kernel then reads one stream
        // of A, not four (reading a row-major A in place measured 7-19% slower on the MLP).
        (dst, m0, rows, k0, kc) => {
          if (a.transposed) wasm.packA(dst, a.at + 4 * (k0 * m + m0), rows, kc, 1, m);
          else wasm.packA(dst, a.at + 4 * (m0 * k + k0), rows, kc, k, 1);
          return [dst, 0];
        },
        packedB && kBlock(k) === k ? null : (dst, k0, kc) => wasm.packB(dst, b.at + 4 * k0 * bRows, kc, n, bRows, bCols),
      );
    },
    filterGradient(dw, x, dy, g, outChannels, scratch) {
      const taps = g.filterHeight * g.filterWidth * g.inChannels;
      const positions = g.batchSize * g.outHeight * g.outWidth;
      blocked(
        dw,
        taps,
        outChannels,
        positions,
        scratch,
        Math.ceil(taps / 4) * 4,
        (dst, _m0, _rows, p0, count) => {
          wasm.packPatchesT(
            dst,
            x,
            p0,
            count,
            g.inHeight,
            g.inWidth,
            g.inChannels,
            g.outHeight,
            g.outWidth,
            g.filterHeight,
            g.filterWidth,
            g.strideHeight,
            g.strideWidth,
            g.padTop,
            g.padLeft,
          );
          return [dst, 0];
        },
        (dst, p0, count) => wasm.packB(dst, dy + 4 * p0 * outChannels, count, outChannels, outChannels, 1),
      );
    },
    convolution(y, x, filter, g, outChannels, scratch) {
      const taps = g.filterHeight * g.filterWidth * g.inChannels;
      const positions = g.batchSize * g.outHeight * g.outWidth;
      const block = convolutionBlock(taps);
      const packedA = scratch;
      const packedB = scratch + block * taps * 4;
      const tmp = packedB + Math.ceil(outChannels / 8) * 8 * taps * 4;
      wasm.packB(packedB, filter, taps, outChannels, outChannels, 1);
      for (let p0 = 0; p0 < positions; p0 += block) {
        const count = Math.min(block, positions - p0);
        wasm.packPatchRows(
          packedA,
          x,
          p0,
          count,
          g.inHeight,
          g.inWidth,
          g.inChannels,
          g.outHeight,
          g.outWidth,
          g.filterHeight,
          g.filterWidth,
          g.strideHeight,
          g.strideWidth,
          g.padTop,
          g.padLeft,
        );
        wasm.gemm(
          y + 4 * p0 * outChannels,
          packedA,
          packedB,
          count,
          outChannels,
          taps,
          outChannels,
          0,
          tmp,
          panelsPerChunk(taps),
          4 * taps,
        );
      }
    },
  };
}
