/**
 * Classification metrics with scikit-learn's conventions at zero_division=0: a ratio whose
 * denominator is 0 is reported as 0, never NaN, so reports always serialise and render.
 */

/** Everything the confusion-matrix view and its per-class table show. */
export interface ClassificationReport {
  classNames: string[];
  /** Rows are the true class, columns the predicted class. */
  confusionMatrix: number[][];
  /** Samples of each true class. */
  support: number[];
  precision: number[];
  recall: number[];
  f1: number[];
  /** Fraction predicted correctly (0 when there are no samples). */
  accuracy: number;
  /** Unweighted mean over all classes, including classes absent from the data. */
  macro: { precision: number; recall: number; f1: number };
  /** Mean over classes weighted by support. */
  weighted: { precision: number; recall: number; f1: number };
  /** Number of samples. */
  total: number;
}

function checkLabels(name: string, labels: ArrayLike<number>, numClasses: number): void {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (!Number.isInteger(v) || v < 0 || v >= numClasses) {
      throw new Error(
        `${name}[${i}] is ${v}, but labels must be integers from 0 to ${numClasses - 1}; ` +
          'for one-hot or probability rows use argmaxRows first',
      );
    }
  }
}

/** Counts of (true class, predicted class) pairs: rows = true class, columns = predicted. */
export function confusionMatrix(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, numClasses: number): number[][] {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new Error(`confusionMatrix: numClasses must be an integer ≥ 1 (got ${numClasses})`);
  }
  if (yTrue.length !== yPred.length) {
    throw new Error(`confusionMatrix: yTrue has ${yTrue.length} labels but yPred has ${yPred.length}; they must match one to one`);
  }
  checkLabels('yTrue', yTrue, numClasses);
  checkLabels('yPred', yPred, numClasses);
  const matrix = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let i = 0; i < yTrue.length; i++) matrix[yTrue[i]][yPred[i]]++;
  return matrix;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
const mean = (xs: number[]) =>
  ratio(
    xs.reduce((a, b) => a + b, 0),
    xs.length,
  );
const weightedBy = (xs: number[], weights: number[], total: number) =>
  ratio(
    xs.reduce((sum, x, i) => sum + x * weights[i], 0),
    total,
  );

/** Confusion matrix, per-class precision/recall/F1, accuracy and macro/weighted averages. */
export function classificationReport(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  classNames: string[] | number,
): ClassificationReport {
  const names = typeof classNames === 'number' ? Array.from({ length: classNames }, (_, i) => String(i)) : [...classNames];
  if (typeof classNames !== 'number' && names.length === 0) {
    throw new Error('classificationReport: classNames is empty; give one name per class, or the number of classes');
  }
  const matrix = confusionMatrix(yTrue, yPred, names.length);
  const support = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const predicted = names.map((_, c) => matrix.reduce((sum, row) => sum + row[c], 0));
  const correct = names.map((_, c) => matrix[c][c]);
  const precision = correct.map((tp, c) => ratio(tp, predicted[c]));
  const recall = correct.map((tp, c) => ratio(tp, support[c]));
  const f1 = precision.map((p, c) => ratio(2 * p * recall[c], p + recall[c]));
  const total = yTrue.length;
  return {
    classNames: names,
    confusionMatrix: matrix,
    support,
    precision,
    recall,
    f1,
    accuracy: ratio(
      correct.reduce((a, b) => a + b, 0),
      total,
    ),
    macro: { precision: mean(precision), recall: mean(recall), f1: mean(f1) },
    weighted: {
      precision: weightedBy(precision, support, total),
      recall: weightedBy(recall, support, total),
      f1: weightedBy(f1, support, total),
    },
    total,
  };
}

/** The column of the largest value in each row of a row-major matrix (first one on ties): one-hot or probabilities -> labels. */
export function argmaxRows(values: ArrayLike<number>, cols: number): Int32Array {
  if (!Number.isInteger(cols) || cols < 1) throw new Error(`argmaxRows: cols must be an integer ≥ 1 (got ${cols})`);
  if (values.length % cols !== 0) {
    throw new Error(`argmaxRows: ${values.length} values do not make whole rows of ${cols}; is cols the number of classes?`);
  }
  const rows = values.length / cols;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < cols; c++) if (values[r * cols + c] > values[r * cols + best]) best = c;
    out[r] = best;
  }
  return out;
}
