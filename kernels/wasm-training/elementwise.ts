/**
 * Binary element-wise kernels (arithmetic, comparisons, logical and) for the shapes training
 * produces: equal shapes, a scalar on either side, and a bias-like operand whose shape is the
 * other's trailing dimensions. The stock WASM kernels cost 20–120 µs a call on the small tensors
 * of an LSTM step (a generic broadcasting loop; comparisons with a scalar are the slowest), where
 * a JS loop over the heap costs a few. Large bias adds run as a WebAssembly SIMD loop (biasAdd);
 * other large tensors and every other case go to the stock kernel. Arithmetic is
 * done in doubles and rounded to float32 once, which is exactly what the CPU backend computes.
 */
import type { KernelConfig, TensorInfo } from '@tensorflow/tfjs-core';
import { simdKernelsFor } from './simdKernels';
import { boolsFromHeap, withFastPath, type WasmBackend } from './wasmBackend';

type Operands = Float32Array | Uint8Array;

/**
 * Above this many outputs the stock kernels win: JS runs about 3 ns an element, the stock
 * (XNNPACK) loops under 0.5, and the per-call saving (~10 µs) no longer covers the difference.
 */
export const SMALL = 32_768;

/** How `a` and `b` line up with the output: out[i] reads a[i % aPeriod] and b[i % bPeriod]. */
interface Broadcast {
  shape: number[];
  size: number;
  aPeriod: number;
  bPeriod: number;
}

const sizeOf = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

/** The three patterns we handle, or null (the stock kernel does the general case). */
export function simpleBroadcast(aShape: number[], bShape: number[]): Broadcast | null {
  const aSize = sizeOf(aShape);
  const bSize = sizeOf(bShape);
  if (aSize === 0 || bSize === 0) return null;
  const endsWith = (long: number[], short: number[]) =>
    short.length <= long.length && short.every((d, i) => d === long[long.length - short.length + i]);
  if (aShape.length === bShape.length && endsWith(aShape, bShape)) return { shape: aShape, size: aSize, aPeriod: aSize, bPeriod: bSize };
  if (bSize === 1 && bShape.length <= aShape.length) return { shape: aShape, size: aSize, aPeriod: aSize, bPeriod: 1 };
  if (aSize === 1 && aShape.length <= bShape.length) return { shape: bShape, size: bSize, aPeriod: 1, bPeriod: bSize };
  if (endsWith(aShape, bShape)) return { shape: aShape, size: aSize, aPeriod: aSize, bPeriod: bSize };
  if (endsWith(bShape, aShape)) return { shape: bShape, size: bSize, aPeriod: aSize, bPeriod: bSize };
  return null;
}

/** The loop shape: `rows` × `width` outputs; operand index = row·rowStride + j·colStride. */
interface Strides {
  rows: number;
  width: number;
  aRow: number;
  aCol: number;
  bRow: number;
  bCol: number;
}

function stridesOf({ size, aPeriod, bPeriod }: Broadcast): Strides {
  const width = Math.min(aPeriod === 1 ? size : aPeriod, bPeriod === 1 ? size : bPeriod);
  const along = (period: number) => (period === size ? [width, 1] : period === 1 ? [0, 0] : [0, 1]);
  const [aRow, aCol] = along(aPeriod);
  const [bRow, bCol] = along(bPeriod);
  return { rows: size / width, width, aRow, aCol, bRow, bCol };
}

type Loop = (out: Float32Array | Uint8Array, a: Operands, b: Operands, s: Strides) => void;

// One function per operation, so each loop stays monomorphic (a shared loop calling an `op`
// callback goes megamorphic and runs several times slower).
const loops: Record<string, Loop> = {
  Add: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] + b[k];
  },
  Sub: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] - b[k];
  },
  Multiply: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] * b[k];
  },
  RealDiv: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] / b[k];
  },
  GreaterEqual: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] >= b[k] ? 1 : 0;
  },
  LessEqual: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] <= b[k] ? 1 : 0;
  },
  Greater: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] > b[k] ? 1 : 0;
  },
  Less: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] < b[k] ? 1 : 0;
  },
  LogicalAnd: (out, a, b, { rows, width, aRow, aCol, bRow, bCol }) => {
    for (let r = 0, o = 0; r < rows; r++)
      for (let j = 0, i = r * aRow, k = r * bRow; j < width; j++, o++, i += aCol, k += bCol) out[o] = a[i] & b[k];
  },
};

/** A kernel for `stock`'s name: float32 (bool for LogicalAnd) operands in, `outDtype` out. */
function elementwise(stock: KernelConfig, inDtype: 'float32' | 'bool', outDtype: 'float32' | 'bool'): KernelConfig {
  const loop = loops[stock.kernelName];
  return withFastPath(stock, ({ inputs }, wasm: WasmBackend) => {
    const a = inputs.a as TensorInfo;
    const b = inputs.b as TensorInfo;
    if (a.dtype !== inDtype || b.dtype !== inDtype) return null;
    const g = simpleBroadcast(a.shape, b.shape);
    if (!g) return null;
    if (g.size > SMALL) return stock.kernelName === 'Add' && inDtype === 'float32' ? biasAdd(wasm, a, b, g) : null;
    const out = wasm.makeOutput([...g.shape], outDtype);
    // Views after the allocation: a heap growth detaches earlier ones.
    const read = (t: TensorInfo) => (inDtype === 'bool' ? boolsFromHeap(wasm, t) : wasm.typedArrayFromHeap(t));
    loop(outDtype === 'bool' ? boolsFromHeap(wasm, out) : wasm.typedArrayFromHeap(out), read(a), read(b), stridesOf(g));
    return out;
  });
}

/**
 * A large float32 Add of a [rows, cols] tensor and a [cols] bias (either side; addition commutes
 * exactly) as the SIMD loop of simdKernels.wat, when cols come in fours: the conv layers' bias
 * add, where the stock kernel's general broadcasting loop computes an index per element.
 */
function biasAdd(wasm: WasmBackend, a: TensorInfo, b: TensorInfo, g: Broadcast): TensorInfo | null {
  const s = stridesOf(g);
  const aIsBias = s.aRow === 0 && s.aCol === 1 && s.bRow === s.width && s.bCol === 1;
  const bIsBias = s.bRow === 0 && s.bCol === 1 && s.aRow === s.width && s.aCol === 1;
  if ((!aIsBias && !bIsBias) || s.width % 4 !== 0) return null;
  const simd = simdKernelsFor(wasm);
  if (!simd) return null;
  const out = wasm.makeOutput([...g.shape], 'float32');
  const [full, bias] = aIsBias ? [b, a] : [a, b];
  // Views after the allocation: a heap growth detaches earlier ones.
  const at = (t: TensorInfo) => wasm.typedArrayFromHeap(t).byteOffset;
  simd.addRowVector(at(out), at(full), at(bias), s.rows, s.width);
  return out;
}

/** Our configs in front of the stock ones; `stock(name)` returns the stock config. */
export function elementwiseConfigs(stock: (name: string) => KernelConfig): KernelConfig[] {
  return [
    ...['Add', 'Sub', 'Multiply', 'RealDiv'].map((name) => elementwise(stock(name), 'float32', 'float32')),
    ...['GreaterEqual', 'LessEqual', 'Greater', 'Less'].map((name) => elementwise(stock(name), 'float32', 'bool')),
    elementwise(stock('LogicalAnd'), 'bool', 'bool'),
  ];
}

/** The kernel names elementwiseConfigs replaces. */
export const ELEMENTWISE_KERNELS = [
  'Add',
  'Sub',
  'Multiply',
  'RealDiv',
  'GreaterEqual',
  'LessEqual',
  'Greater',
  'Less',
  'LogicalAnd',
] as const;
