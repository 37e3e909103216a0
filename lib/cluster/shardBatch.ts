/** Splitting a dataset into batches and a batch into per-executor shards. */

/** A contiguous run of samples: `count` samples from offset `start`. */
export interface Shard {
  /** Offset of the first sample (into the global batch, or the dataset for makeBatches). */
  start: number;
  /** Number of samples; never 0 in a returned list. */
  count: number;
}

function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min} (got ${value})`);
  }
}

/**
 * Splits a global batch into at most `parts` contiguous shards whose sizes differ by at most 1,
 * larger ones first; executors beyond the batch size get no shard rather than an empty one.
 */
export function shardBatch(batchSize: number, parts: number): Shard[] {
  requireWhole('shardBatch: parts', parts, 1);
  requireWhole('shardBatch: batchSize', batchSize, 0);
  const base = Math.floor(batchSize / parts);
  const larger = batchSize % parts;
  const shards: Shard[] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const count = base + (i < larger ? 1 : 0);
    if (count === 0) break;
    shards.push({ start, count });
    start += count;
  }
  return shards;
}

/** Cuts `numSamples` into consecutive batches of `batchSize`, the last one smaller when it doesn't divide (as Keras does). */
export function makeBatches(numSamples: number, batchSize: number): Shard[] {
  requireWhole('makeBatches: batchSize', batchSize, 1);
  requireWhole('makeBatches: numSamples', numSamples, 0);
  const batches: Shard[] = [];
  for (let start = 0; start < numSamples; start += batchSize) {
    batches.push({ start, count: Math.min(batchSize, numSamples - start) });
  }
  return batches;
}
