/** Test helper (not imported by app code): repeatable values for the optimizer tests. */

/** Deterministic values in [-1, 1) (a linear congruential sequence), so runs are repeatable. */
export function pseudoRandom(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}
