import { describe, expect, it } from 'vitest';
import { makeBatches, shardBatch } from './shardBatch';

describe('shardBatch', () => {
  it('splits a batch into contiguous shards, larger ones first, differing by at most 1', () => {
    expect(shardBatch(32, 3)).toEqual([
      { start: 0, count: 11 },
      { start: 11, count: 11 },
      { start: 22, count: 10 },
    ]);
  });

  it('splits evenly when the batch divides', () => {
    expect(shardBatch(8, 4).map((s) => s.count)).toEqual([2, 2, 2, 2]);
  });

  it('drops empty shards when the batch is smaller than the number of executors', () => {
    expect(shardBatch(2, 5)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
    ]);
    expect(shardBatch(0, 3)).toEqual([]);
  });

  it('covers every sample exactly once for many sizes', () => {
    for (let batch = 0; batch <= 40; batch++) {
      for (let parts = 1; parts <= 9; parts++) {
        const shards = shardBatch(batch, parts);
        const counts = shards.map((s) => s.count);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(batch);
        expect(Math.max(0, ...counts) - Math.min(Infinity, ...counts)).toBeLessThanOrEqual(1);
        shards.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : shards[i - 1].start + shards[i - 1].count));
      }
    }
  });

  it('throws a RangeError for fewer than one part', () => {
    expect(() => shardBatch(10, 0)).toThrow(RangeError);
    expect(() => shardBatch(10, 1.5)).toThrow(/parts must be an integer ≥ 1 \(got 1.5\)/);
  });
});

describe('makeBatches', () => {
  it('cuts the dataset into full batches and a smaller last one, as Keras does', () => {
    expect(makeBatches(10, 4)).toEqual([
      { start: 0, count: 4 },
      { start: 4, count: 4 },
      { start: 8, count: 2 },
    ]);
  });

  it('makes one batch when the batch is larger than the dataset, and none for no data', () => {
    expect(makeBatches(3, 32)).toEqual([{ start: 0, count: 3 }]);
    expect(makeBatches(0, 32)).toEqual([]);
  });

  it('rejects a batch size below 1', () => {
    expect(() => makeBatches(10, 0)).toThrow(RangeError);
  });
});
