/**
 * Weight datasets in h5wasm files, as both Keras formats store them: values read as float32
 * whatever float width the file holds, the element type named for refusals, and the nested
 * groups a weight's path needs (h5wasm creates one level at a time).
 */
import type * as H5 from 'h5wasm';

const H5T_INTEGER = 0;
const H5T_FLOAT = 1;

/** A dataset's element type as numpy names it (`float64`, `int32`), for error messages. */
export function h5DtypeName(meta: H5.Metadata): string {
  if (meta.type === H5T_FLOAT) return `float${meta.size * 8}`;
  if (meta.type === H5T_INTEGER) return `${meta.signed ? 'int' : 'uint'}${meta.size * 8}`;
  return 'a non-numeric type';
}

/**
 * A float32 or float64 dataset's values as float32, or null for any other type: only those two
 * convert to tfjs's float32 without changing a value's meaning (float64 is narrowed, which is
 * what tfjs computes in anyway). Throws what h5wasm throws when the data cannot be read.
 */
export function float32Values(dataset: H5.Dataset): Float32Array | null {
  const { type, size } = dataset.metadata;
  if (type !== H5T_FLOAT || (size !== 4 && size !== 8)) return null;
  const value = dataset.value;
  if (value instanceof Float32Array) return value;
  if (value instanceof Float64Array) return Float32Array.from(value);
  // h5wasm reads a scalar dataset as a plain number.
  return typeof value === 'number' ? Float32Array.of(value) : null;
}

/** The group at `path` below `root` (`layers/lstm/cell/vars`), creating the levels it lacks. */
export function ensureGroup(root: H5.Group, path: string): H5.Group {
  let group = root;
  for (const part of path.split('/').filter(Boolean)) group = (group.get(part) as H5.Group | null) ?? group.create_group(part);
  return group;
}

/** Writes float32 values at `path` below `root`, creating the groups the path names. */
export function createFloat32Dataset(root: H5.Group, path: string, data: Float32Array, shape: number[]): void {
  const slash = path.lastIndexOf('/');
  ensureGroup(root, path.slice(0, Math.max(slash, 0))).create_dataset({ name: path.slice(slash + 1), data, shape, dtype: '<f' });
}
