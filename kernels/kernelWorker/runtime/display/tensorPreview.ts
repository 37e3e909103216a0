/**
 * A tensor as TENSOR_MIME: shape, dtype and a small 2D window of its values. Only the window is
 * read back from the backend (a slice), so showing a 60000 x 784 tensor copies 400 numbers,
 * not 47 million.
 */
import * as tf from '@tensorflow/tfjs';
import { TENSOR_MIME, type TableCell, type TensorData } from '../../../../lib/outputs/mime';
import { tensorText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';

/** Rows of values previewed (across all 2D slices for rank >= 3). */
export const MAX_PREVIEW_ROWS = 20;
/** Columns of values previewed (along the last axis). */
export const MAX_PREVIEW_COLUMNS = 20;

/** What to slice out and how to label it; `read` turns the window's flat values into rows. */
interface PreviewPlan {
  /** The window as [slices, rows, cols] begin/size, or null when the tensor is empty. */
  window: { begin: number[]; size: number[]; as3d: [number, number, number] } | null;
  rowLabels: string[];
  columnLabels: string[];
  /** For each preview row, where it starts in the window's flat values. */
  rowOffsets: number[];
  columns: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Index of the `flat`-th slice over the leading axes, e.g. 5 over [2,3] -> [1,2]. */
function unravel(flat: number, dims: number[]): number[] {
  const index = new Array<number>(dims.length);
  for (let d = dims.length - 1; d >= 0; d--) {
    index[d] = flat % dims[d];
    flat = Math.floor(flat / dims[d]);
  }
  return index;
}

function planPreview(shape: number[], size: number): PreviewPlan {
  const rank = shape.length;
  const cols = rank === 0 ? 1 : shape[rank - 1];
  const rows = rank <= 1 ? 1 : shape[rank - 2];
  const leading = shape.slice(0, Math.max(rank - 2, 0));
  const slices = leading.reduce((a, b) => a * b, 1);
  if (size === 0) return { window: null, rowLabels: [], columnLabels: [], rowOffsets: [], columns: 0 };

  const c = Math.min(cols, MAX_PREVIEW_COLUMNS);
  const r = Math.min(rows, MAX_PREVIEW_ROWS);
  const s = Math.min(slices, Math.ceil(MAX_PREVIEW_ROWS / r));
  const rowLabels: string[] = [];
  const rowOffsets: number[] = [];
  for (let si = 0; si < s && rowLabels.length < MAX_PREVIEW_ROWS; si++) {
    for (let ri = 0; ri < r && rowLabels.length < MAX_PREVIEW_ROWS; ri++) {
      rowOffsets.push((si * r + ri) * c);
      if (rank <= 1) rowLabels.push('');
      else if (rank === 2) rowLabels.push(String(ri));
      else rowLabels.push(`[${[...unravel(si, leading), ri].join(',')}]`);
    }
  }
  return {
    window: { begin: [0, 0, 0], size: [s, r, c], as3d: [slices, rows, cols] },
    rowLabels,
    columnLabels: rank === 0 ? [''] : range(c).map(String),
    rowOffsets,
    columns: c,
  };
}

/** The shortest decimal that reads back as the same float32, so 0.1 shows as 0.1, not 0.100000001. */
export function shortestFloat32(x: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(x.toPrecision(digits));
    if (Math.fround(candidate) === x) return candidate;
  }
  return x;
}

function toCell(value: unknown, dtype: string): TableCell {
  if (dtype === 'bool') return value === 1 || value === true;
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  return dtype === 'float32' ? shortestFloat32(value) : value;
}

/**
 * Slices the window out as new tensors (outside tidy: the async path reads them later). tfjs
 * cannot slice complex64, so a complex tensor gives its real and imaginary windows.
 */
function sliceWindows(t: tf.Tensor, plan: PreviewPlan): tf.Tensor[] {
  const { window } = plan;
  if (!window) return [];
  const cut = (x: tf.Tensor) => (x.rank === 0 ? x.clone() : x.reshape(window.as3d).slice(window.begin, window.size));
  return tf.tidy(() => (t.dtype === 'complex64' ? [cut(tf.real(t)), cut(tf.imag(t))] : [cut(t)]));
}

function complexCell(re: number, im: number): string {
  const sign = im < 0 || Object.is(im, -0) ? '-' : '+';
  return `${shortestFloat32(re)}${sign}${Math.abs(shortestFloat32(im))}i`;
}

/** `parts` are the windows' flat values: one array, or real and imaginary for complex64. */
function buildData(t: tf.Tensor, plan: PreviewPlan, parts: ArrayLike<unknown>[]): TensorData {
  const read = parts.length > 0;
  const cell = (i: number): TableCell =>
    parts.length === 2 ? complexCell(Number(parts[0][i]), Number(parts[1][i])) : toCell(parts[0][i], t.dtype);
  const rows = read ? plan.rowOffsets.map((offset) => range(plan.columns).map((j) => cell(offset + j))) : [];
  return {
    shape: [...t.shape],
    dtype: t.dtype,
    size: t.size,
    values: { columnLabels: read ? plan.columnLabels : [], rowLabels: read ? plan.rowLabels : [], rows },
    truncated: rows.length * plan.columns < t.size,
  };
}

function bundle(data: TensorData): MimeBundle {
  return { 'text/plain': tensorText(data), [TENSOR_MIME]: data };
}

/** Text for a tensor that can no longer be read. */
export const DISPOSED_TENSOR_TEXT = 'Tensor (disposed)';

/** A tensor's bundle, read synchronously (fine on cpu, wasm, webgl; webgpu warns, so prefer the async one). */
export function tensorBundle(t: tf.Tensor): MimeBundle {
  if (t.isDisposed) return { 'text/plain': DISPOSED_TENSOR_TEXT };
  const plan = planPreview(t.shape, t.size);
  const windows = sliceWindows(t, plan);
  try {
    return bundle(
      buildData(
        t,
        plan,
        windows.map((w) => w.dataSync() as ArrayLike<unknown>),
      ),
    );
  } finally {
    tf.dispose(windows);
  }
}

/** A tensor's bundle, reading the window with `await data()` so no backend blocks the worker. */
export async function tensorBundleAsync(t: tf.Tensor): Promise<MimeBundle> {
  if (t.isDisposed) return { 'text/plain': DISPOSED_TENSOR_TEXT };
  const plan = planPreview(t.shape, t.size);
  const windows = sliceWindows(t, plan);
  try {
    const parts = await Promise.all(windows.map((w) => w.data() as Promise<ArrayLike<unknown>>));
    return bundle(buildData(t, plan, parts));
  } finally {
    tf.dispose(windows);
  }
}

/** One-line description of a tensor for nested display, e.g. inside an object. */
export function describeTensor(t: tf.Tensor): string {
  return t.isDisposed ? DISPOSED_TENSOR_TEXT : `Tensor ${t.dtype} [${t.shape.join(',')}]`;
}
