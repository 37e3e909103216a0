/**
 * A Keras topology whose initializers are all `Zeros`, for building an executor's replica. Every
 * replica's weights are overwritten before use (by setWeights or from shared memory), so running
 * the cell's own initializers there is wasted work, and not a little: a seeded HeNormal on a
 * 784x500 kernel draws its numbers one by one in JavaScript for ~100 ms, an Orthogonal one runs a
 * QR decomposition, and that stretch has no point where the executor can leave the cores to the
 * page. The driver's model (built by the cell) keeps its initializers; only replicas skip them.
 */

const ZEROS = { class_name: 'Zeros', config: {} };

const isInitializerConfig = (key: string, value: unknown) =>
  /initializer$/i.test(key) && typeof value === 'object' && value !== null && 'class_name' in value;

/** A copy of `topology` with every `*_initializer` (at any depth: nested models, wrappers) set to Zeros. */
export function withZeroInitializers<T>(topology: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, isInitializerConfig(key, v) ? ZEROS : walk(v)]));
  };
  return walk(topology) as T;
}
