import { describe, expect, it } from 'vitest';
import { sampleShares, weightedSliceSum } from './sliceReduce';

const slot = (...values: number[]) => Float32Array.from(values);

describe('weightedSliceSum', () => {
  it('sums the slice of every slot weighted by its share', () => {
    const out = new Float32Array(4);
    weightedSliceSum([slot(1, 2, 3, 4), slot(10, 20, 30, 40)], [0.25, 0.75], 1, 3, out);
    expect(Array.from(out)).toEqual([0, 0.5 + 15, 0.75 + 22.5, 0]);
  });

  it('writes at an offset into a slice-sized output', () => {
    const out = new Float64Array(2);
    weightedSliceSum([slot(1, 2, 3, 4)], [1], 2, 4, out, 2);
    expect(Array.from(out)).toEqual([3, 4]);
  });

  it('skips members with no share, whatever their slot holds', () => {
    const out = new Float32Array(2);
    weightedSliceSum([slot(1, 1), slot(NaN, NaN)], [1, 0], 0, 2, out);
    expect(Array.from(out)).toEqual([1, 1]);
  });

  it('gives the same sums for 2, 3 and 5 members split into any slices', () => {
    for (const members of [2, 3, 5]) {
      const slots = Array.from({ length: members }, (_, k) => Float32Array.from({ length: 11 }, (_, i) => Math.sin(k * 11 + i)));
      const shares = sampleShares(Array.from({ length: members }, (_, k) => k + 1));
      const whole = new Float64Array(11);
      weightedSliceSum(slots, shares, 0, 11, whole);
      const pieces = new Float64Array(11);
      weightedSliceSum(slots, shares, 0, 4, pieces);
      weightedSliceSum(slots, shares, 4, 11, pieces);
      expect(Array.from(pieces)).toEqual(Array.from(whole));
      const expected = Array.from({ length: 11 }, (_, i) => slots.reduce((a, s, k) => a + shares[k] * s[i], 0));
      whole.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    }
  });

  it('refuses a step where nobody has samples', () => {
    expect(() => weightedSliceSum([slot(1)], [0], 0, 1, new Float32Array(1))).toThrow(/zero share/);
    expect(() => sampleShares([0, 0])).toThrow(/no samples/);
  });
});
