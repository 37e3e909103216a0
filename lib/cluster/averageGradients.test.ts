import { describe, expect, it } from 'vitest';
import { weightedAverage, weightedMean } from './averageGradients';

describe('weightedAverage', () => {
  it('averages each tensor element-wise, weighted by shard size', () => {
    const out = weightedAverage([
      { weight: 3, tensors: [Float32Array.of(1, 2), Float32Array.of(10)] },
      { weight: 1, tensors: [Float32Array.of(5, 6), Float32Array.of(-2)] },
    ]);
    // (3·1 + 1·5)/4 = 2, (3·2 + 1·6)/4 = 3, (3·10 − 2)/4 = 7
    expect(out).toEqual([Float32Array.of(2, 3), Float32Array.of(7)]);
  });

  it('equals the mean gradient of the whole batch when each part is its shard’s mean', () => {
    const perSample = [1, 2, 3, 4, 5, 6, 7];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const shards = [perSample.slice(0, 3), perSample.slice(3, 5), perSample.slice(5)];
    const out = weightedAverage(shards.map((s) => ({ weight: s.length, tensors: [Float32Array.of(mean(s))] })));
    expect(out[0][0]).toBeCloseTo(mean(perSample), 6);
  });

  it('accumulates in float64, so many small contributions are not lost to rounding', () => {
    const big = { weight: 1, tensors: [Float32Array.of(1)] };
    const smalls = Array.from({ length: 1000 }, () => ({ weight: 1, tensors: [Float32Array.of(1e-8)] }));
    const out = weightedAverage([big, ...smalls]);
    expect(out[0][0]).toBe(Math.fround((1 + 1000 * Math.fround(1e-8)) / 1001));
  });

  it('returns a new array and leaves the inputs untouched', () => {
    const t = Float32Array.of(4);
    const out = weightedAverage([{ weight: 2, tensors: [t] }]);
    expect(out[0]).not.toBe(t);
    expect(t).toEqual(Float32Array.of(4));
  });

  it('names the part when it has a different number of tensors', () => {
    expect(() =>
      weightedAverage([
        { weight: 1, tensors: [new Float32Array(2)] },
        { weight: 1, tensors: [new Float32Array(2), new Float32Array(1)] },
      ]),
    ).toThrow('part 1 has 2 tensors but part 0 has 1');
  });

  it('names the tensor index and both lengths when shapes disagree', () => {
    expect(() =>
      weightedAverage([
        { weight: 1, tensors: [new Float32Array(2), new Float32Array(3)] },
        { weight: 1, tensors: [new Float32Array(2), new Float32Array(4)] },
      ]),
    ).toThrow("tensor 1 of part 1 has length 4 but part 0's has length 3");
  });

  it('refuses no parts, negative weights and weights adding up to zero', () => {
    expect(() => weightedAverage([])).toThrow(/no parts/);
    expect(() => weightedAverage([{ weight: -1, tensors: [] }])).toThrow(/part 0 has weight -1/);
    expect(() => weightedAverage([{ weight: 0, tensors: [] }])).toThrow(/add up to 0/);
  });
});

describe('weightedMean', () => {
  it('weights each value by its weight', () => {
    // (2·0.5 + 6·1.5) / 8 = 10/8
    expect(
      weightedMean([
        { weight: 2, value: 0.5 },
        { weight: 6, value: 1.5 },
      ]),
    ).toBe(1.25);
  });

  it('ignores zero-weight parts and refuses an all-zero total', () => {
    expect(
      weightedMean([
        { weight: 0, value: 100 },
        { weight: 1, value: 3 },
      ]),
    ).toBe(3);
    expect(() => weightedMean([{ weight: 0, value: 1 }])).toThrow(/add up to 0/);
  });
});

describe('weightedAverage with one to three parts', () => {
  it('is bit-identical to the general float64 loop', () => {
    const random = (seed: number) => Float32Array.from({ length: 1000 }, (_, i) => Math.sin(seed * 1000 + i) * 10 ** ((i % 7) - 3));
    const parts = [1, 2, 3, 4].map((seed, i) => ({ weight: [128, 85, 43, 7][i], tensors: [random(seed)] }));
    for (const count of [1, 2, 3]) {
      const few = weightedAverage(parts.slice(0, count))[0];
      // The general loop, as it runs for four or more parts: a float64 sum, then one division.
      const total = parts.slice(0, count).reduce((a, p) => a + p.weight, 0);
      const sum = new Float64Array(1000);
      for (const p of parts.slice(0, count)) for (let j = 0; j < 1000; j++) sum[j] += p.weight * p.tensors[0][j];
      expect(few).toEqual(Float32Array.from(sum, (v) => v / total));
    }
  });
});
