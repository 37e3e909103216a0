import { describe, expect, it } from 'vitest';
import { regressionReport } from './regression';

describe('regressionReport', () => {
  it('matches an example worked by hand', () => {
    // errors (true − pred): 1 − 2 = −1, 2 − 2 = 0, 3 − 1 = 2, 6 − 5 = 1
    // MSE = (1 + 0 + 4 + 1)/4 = 1.5, MAE = (1 + 0 + 2 + 1)/4 = 1, RMSE = √1.5
    // mean(yTrue) = 3, SS_tot = 4 + 1 + 0 + 9 = 14, SS_res = 6, R² = 1 − 6/14 = 4/7
    const r = regressionReport([1, 2, 3, 6], [2, 2, 1, 5]);
    expect(r).toEqual({ mse: 1.5, mae: 1, rmse: Math.sqrt(1.5), r2: expect.closeTo(4 / 7, 12), count: 4 });
  });

  it('gives R² = 1 and zero errors for a perfect fit', () => {
    expect(regressionReport(Float32Array.of(0.5, -2, 7), Float32Array.of(0.5, -2, 7))).toEqual({
      mse: 0,
      mae: 0,
      rmse: 0,
      r2: 1,
      count: 3,
    });
  });

  it('gives R² = 0 for always predicting the mean, and below 0 for worse', () => {
    expect(regressionReport([1, 2, 3], [2, 2, 2]).r2).toBe(0);
    // SS_res = 4 + 0 + 4 = 8, SS_tot = 2 → 1 − 4 = −3
    expect(regressionReport([1, 2, 3], [3, 2, 1]).r2).toBe(-3);
  });

  it('defines R² for constant targets as 0, or 1 when the fit is perfect, instead of NaN', () => {
    expect(regressionReport([4, 4], [4, 5]).r2).toBe(0);
    expect(regressionReport([4, 4], [4, 4]).r2).toBe(1);
  });

  it('refuses mismatched lengths, no samples and non-finite values, naming the index', () => {
    expect(() => regressionReport([1, 2], [1])).toThrow('yTrue has 2 values but yPred has 1');
    expect(() => regressionReport([], [])).toThrow(/no samples/);
    expect(() => regressionReport([1, 2], [1, NaN])).toThrow('yPred[1] is NaN');
  });
});
