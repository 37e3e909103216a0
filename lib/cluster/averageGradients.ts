/**
 * Weighted averaging of executors' results. Weights are shard sizes, so averaging per-shard mean
 * gradients gives exactly the mean gradient of the whole global batch.
 */

/** One executor's contribution: its tensors (flattened) and how much they count. */
export interface WeightedTensors {
  /** Usually the number of samples the tensors were computed on. */
  weight: number;
  tensors: Float32Array[];
}

function checkWeights(what: string, weights: number[]): number {
  if (weights.length === 0) throw new Error(`${what}: nothing to average (no parts were given)`);
  let total = 0;
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) {
      throw new Error(`${what}: part ${i} has weight ${w}; weights must be finite and ≥ 0 (use the shard's sample count)`);
    }
    total += w;
  });
  if (total === 0) throw new Error(`${what}: the weights add up to 0, so there is nothing to average`);
  return total;
}

/** Element-wise Σ(weight_i · t_i) / Σ weight_i for each tensor index, accumulated in float64. */
export function weightedAverage(parts: WeightedTensors[]): Float32Array[] {
  const total = checkWeights(
    'weightedAverage',
    parts.map((p) => p.weight),
  );
  const reference = parts[0].tensors;
  parts.forEach((part, i) => {
    if (part.tensors.length !== reference.length) {
      throw new Error(
        `weightedAverage: part ${i} has ${part.tensors.length} tensors but part 0 has ${reference.length}; ` +
          'every executor must send one tensor per trainable weight, in the same order',
      );
    }
    part.tensors.forEach((t, k) => {
      if (t.length !== reference[k].length) {
        throw new Error(
          `weightedAverage: tensor ${k} of part ${i} has length ${t.length} but part 0's has length ${reference[k].length}; ` +
            'are the replicas built from the same model?',
        );
      }
    });
  });
  return reference.map((first, k) => {
    if (parts.length <= 3)
      return averageFew(
        parts.map((p) => p.tensors[k]),
        parts.map((p) => p.weight),
        total,
      );
    const sum = new Float64Array(first.length);
    for (const part of parts) {
      const t = part.tensors[k];
      const w = part.weight;
      for (let j = 0; j < sum.length; j++) sum[j] += w * t[j];
    }
    const out = new Float32Array(sum.length);
    for (let j = 0; j < sum.length; j++) out[j] = sum[j] / total;
    return out;
  });
}

/** Σ(weight_i · value_i) / Σ weight_i: e.g. a batch's loss from its shards' mean losses. */
export function weightedMean(parts: { weight: number; value: number }[]): number {
  const total = checkWeights(
    'weightedMean',
    parts.map((p) => p.weight),
  );
  let sum = 0;
  for (const part of parts) sum += part.weight * part.value;
  return sum / total;
}

/**
 * The same sums for one to three parts (the usual executor counts) in one pass without a float64
 * buffer: JS arithmetic is float64 and the terms are added in the same order, so the result is
 * bit-identical to the general loop, at about a third of its time (it runs on the driver between
 * every two training steps, over every weight).
 */
function averageFew(tensors: Float32Array[], weights: number[], total: number): Float32Array {
  const n = tensors[0].length;
  const out = new Float32Array(n);
  const [t0, t1, t2] = tensors;
  const [w0, w1, w2] = weights;
  if (tensors.length === 1) for (let j = 0; j < n; j++) out[j] = (w0 * t0[j]) / total;
  else if (tensors.length === 2) for (let j = 0; j < n; j++) out[j] = (w0 * t0[j] + w1 * t1[j]) / total;
  else for (let j = 0; j < n; j++) out[j] = (w0 * t0[j] + w1 * t1[j] + w2 * t2[j]) / total;
  return out;
}
