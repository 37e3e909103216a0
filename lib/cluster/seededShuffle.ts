/**
 * Deterministic shuffling, so a job's sample order depends only on its seed and epoch,
 * never on how many executors ran it or in what order they answered.
 */

/** The standard mulberry32 generator: a 32-bit seed gives a repeatable stream of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates permutation of 0..n-1 drawn with mulberry32(seed): the same seed always gives the same order. */
export function seededPermutation(n: number, seed: number): Uint32Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`seededPermutation: n must be a whole number of samples ≥ 0 (got ${n})`);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}
