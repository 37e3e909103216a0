/** Regression errors between targets and predictions, accumulated in float64. */

/** Mean squared and absolute error, their root, and the coefficient of determination. */
export interface RegressionReport {
  mse: number;
  mae: number;
  rmse: number;
  /**
   * 1 − SS_res / SS_tot. When the targets are constant (SS_tot = 0) it is 1 for a perfect fit
   * and 0 otherwise, as scikit-learn's r2_score (force_finite), rather than NaN or −Infinity.
   */
  r2: number;
  count: number;
}

/** MSE, MAE, RMSE and R² of predictions against targets; throws on mismatched lengths, no samples or non-finite values. */
export function regressionReport(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionReport {
  if (yTrue.length !== yPred.length) {
    throw new Error(`regressionReport: yTrue has ${yTrue.length} values but yPred has ${yPred.length}; they must match one to one`);
  }
  const count = yTrue.length;
  if (count === 0) throw new Error('regressionReport: there are no samples to score');
  let sumTrue = 0;
  for (let i = 0; i < count; i++) {
    for (const [name, v] of [
      ['yTrue', yTrue[i]],
      ['yPred', yPred[i]],
    ] as const) {
      if (!Number.isFinite(v)) throw new Error(`regressionReport: ${name}[${i}] is ${v}; every value must be a finite number`);
    }
    sumTrue += yTrue[i];
  }
  const meanTrue = sumTrue / count;
  let squared = 0;
  let absolute = 0;
  let variance = 0;
  for (let i = 0; i < count; i++) {
    const error = yTrue[i] - yPred[i];
    squared += error * error;
    absolute += Math.abs(error);
    variance += (yTrue[i] - meanTrue) ** 2;
  }
  const mse = squared / count;
  const r2 = variance === 0 ? (squared === 0 ? 1 : 0) : 1 - squared / variance;
  return { mse, mae: absolute / count, rmse: Math.sqrt(mse), r2, count };
}
