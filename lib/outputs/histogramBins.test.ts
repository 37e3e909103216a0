import { describe, expect, it } from 'vitest';
import { histogram, niceStep } from './histogramBins';

describe('niceStep', () => {
  it('rounds a bin width up to 1, 2 or 5 times a power of ten', () => {
    expect([0.07, 0.1, 0.13, 0.3, 0.9, 3, 42].map(niceStep)).toEqual([0.1, 0.1, 0.2, 0.5, 1, 5, 50]);
  });
});

describe('histogram', () => {
  it('starts the bins on a multiple of the width and puts the maximum in the last bin', () => {
    const { bins } = histogram([0.05, 0.2, 0.25, 0.99, 1], { maxBins: 5 });
    expect(bins).toEqual([
      { x0: 0, x1: 0.2, count: 1 },
      { x0: 0.2, x1: 0.4, count: 2 },
      { x0: 0.4, x1: 0.6, count: 0 },
      { x0: 0.6, x1: 0.8, count: 0 },
      { x0: 0.8, x1: 1, count: 2 },
    ]);
  });

  it('never makes more bins than asked', () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3.7);
    for (const maxBins of [1, 3, 7, 12, 50]) {
      const { bins } = histogram(values, { maxBins });
      expect(bins.length).toBeLessThanOrEqual(maxBins);
      expect(bins.reduce((n, b) => n + b.count, 0)).toBe(1000);
    }
  });

  it('gives one value a single bin around it', () => {
    expect(histogram([3, 3, 3], { maxBins: 10 }).bins).toEqual([{ x0: 2.75, x1: 3.25, count: 3 }]);
    expect(histogram([0], { bins: 4 }).bins).toEqual([{ x0: -0.5, x1: 0.5, count: 1 }]);
  });

  it('counts NaN and infinities apart and bins nothing when no value is finite', () => {
    expect(histogram([NaN, -Infinity], { maxBins: 10 })).toEqual({ bins: [], stats: { count: 2, zeros: 0, nonFinite: 2 } });
  });
});
