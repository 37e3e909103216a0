/**
 * Frees GPU/WASM memory held by values a re-run cell no longer exports. Only values the
 * kernel can see are considered: tensors and models directly, in arrays, or as values of a
 * plain object one level deep (e.g. `const data = { xs, ys }`).
 */
import * as tf from '@tensorflow/tfjs';

type Disposable = tf.Tensor | tf.LayersModel;

function collect(value: unknown, into: Set<Disposable>, depth = 0) {
  if (value instanceof tf.Tensor || value instanceof tf.LayersModel) {
    into.add(value);
    return;
  }
  if (depth >= 2 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 1000)) collect(item, into, depth + 1);
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) collect(item, into, depth + 1);
  }
}

/** Tensors and models reachable from these values (shallowly). */
export function disposablesIn(values: Iterable<unknown>): Set<Disposable> {
  const found = new Set<Disposable>();
  for (const v of values) collect(v, found);
  return found;
}

/** Disposes what `before` held that `after` (everything still exported anywhere) doesn't. */
export function disposeReplaced(before: Iterable<unknown>, stillReachable: Iterable<unknown>): number {
  const keep = disposablesIn(stillReachable);
  let disposed = 0;
  for (const d of disposablesIn(before)) {
    if (keep.has(d)) continue;
    try {
      if (d instanceof tf.Tensor) {
        if (!d.isDisposed) {
          d.dispose();
          disposed++;
        }
      } else {
        d.dispose();
        disposed++;
      }
    } catch {
      // A model whose layers are shared with a live model refuses disposal: keep it.
    }
  }
  return disposed;
}
