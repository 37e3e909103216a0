/**
 * The reduce half of the all-reduce: an executor sums its own slice of every member's exchange
 * slot. Members are always summed in rank order and in float64, so the result does not depend on
 * which executor owns the slice or when the others finished.
 */

/**
 * out[i - outOffset] = Σ_k shares[k] · slots[k][i] for i in [from, to). A member whose share is
 * 0 (its shard of the batch was empty) is skipped: its slot holds nothing of this step.
 */
export function weightedSliceSum(
  slots: Float32Array[],
  shares: number[],
  from: number,
  to: number,
  out: Float32Array | Float64Array,
  outOffset = 0,
): void {
  const members: Float32Array[] = [];
  const weights: number[] = [];
  slots.forEach((slot, k) => {
    if (shares[k] > 0) {
      members.push(slot);
      weights.push(shares[k]);
    }
  });
  if (members.length === 0) throw new Error('weightedSliceSum: every member has a zero share; nothing to reduce.');
  // Unrolled for the usual 1-3 members: the general loop's inner array walk costs ~2x here.
  if (members.length === 1) {
    const [a] = members;
    const [wa] = weights;
    for (let i = from; i < to; i++) out[i - outOffset] = wa * a[i];
  } else if (members.length === 2) {
    const [a, b] = members;
    const [wa, wb] = weights;
    for (let i = from; i < to; i++) out[i - outOffset] = wa * a[i] + wb * b[i];
  } else if (members.length === 3) {
    const [a, b, c] = members;
    const [wa, wb, wc] = weights;
    for (let i = from; i < to; i++) out[i - outOffset] = wa * a[i] + wb * b[i] + wc * c[i];
  } else {
    for (let i = from; i < to; i++) {
      let sum = 0;
      for (let k = 0; k < members.length; k++) sum += weights[k] * members[k][i];
      out[i - outOffset] = sum;
    }
  }
}

/** Each member's share of a step: its sample count over the step's total. */
export function sampleShares(samples: number[]): number[] {
  const total = samples.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new Error('sampleShares: the step has no samples.');
  return samples.map((n) => n / total);
}
