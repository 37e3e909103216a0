import { describe, expect, it } from 'vitest';
import { argmaxRows, classificationReport, confusionMatrix } from './classification';

describe('classificationReport', () => {
  it('matches a 3-class example worked by hand', () => {
    const yTrue = [0, 0, 0, 1, 1, 1, 2, 2];
    const yPred = [0, 0, 1, 1, 1, 1, 2, 0];
    // Rows = true class: class 0 → predicted 0,0,1; class 1 → 1,1,1; class 2 → 2,0.
    // Column sums (times each class was predicted): 3, 4, 1.
    // precision = diag / column sum = 2/3, 3/4, 1/1
    // recall    = diag / row sum    = 2/3, 3/3, 1/2
    // F1 = 2PR/(P+R): 2/3; 2·(3/4)·1/(7/4) = 6/7; 2·1·(1/2)/(3/2) = 2/3
    // accuracy = (2 + 3 + 1)/8 = 3/4
    // macro:    P = (2/3 + 3/4 + 1)/3 = 29/36, R = (2/3 + 1 + 1/2)/3 = 13/18, F1 = (2/3 + 6/7 + 2/3)/3 = 46/63
    // weighted (support 3, 3, 2): P = (2 + 9/4 + 2)/8 = 25/32, R = (2 + 3 + 1)/8 = 3/4, F1 = (2 + 18/7 + 4/3)/8 = 31/42
    const r = classificationReport(yTrue, yPred, ['setosa', 'versicolor', 'virginica']);
    expect(r.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(r.confusionMatrix).toEqual([
      [2, 1, 0],
      [0, 3, 0],
      [1, 0, 1],
    ]);
    expect(r.support).toEqual([3, 3, 2]);
    expect(r.total).toBe(8);
    expect(r.accuracy).toBe(0.75);
    const close = (actual: number[], expected: number[]) => actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 12));
    close(r.precision, [2 / 3, 3 / 4, 1]);
    close(r.recall, [2 / 3, 1, 1 / 2]);
    close(r.f1, [2 / 3, 6 / 7, 2 / 3]);
    close([r.macro.precision, r.macro.recall, r.macro.f1], [29 / 36, 13 / 18, 46 / 63]);
    close([r.weighted.precision, r.weighted.recall, r.weighted.f1], [25 / 32, 3 / 4, 31 / 42]);
  });

  it('reports 0, not NaN, for the precision of classes never predicted', () => {
    // Everything predicted as class 1: class 1 has P = 2/4, R = 1, F1 = 2·(1/2)·1/(3/2) = 2/3; classes 0 and 2 score 0.
    const r = classificationReport([0, 1, 2, 1], [1, 1, 1, 1], 3);
    expect(r.classNames).toEqual(['0', '1', '2']);
    expect(r.precision).toEqual([0, 0.5, 0]);
    expect(r.recall).toEqual([0, 1, 0]);
    expect(r.f1[0]).toBe(0);
    expect(r.f1[1]).toBeCloseTo(2 / 3, 12);
    expect(r.accuracy).toBe(0.5);
    expect(r.macro.precision).toBeCloseTo(1 / 6, 12);
  });

  it('scores a class absent from the data as 0 and still counts it in the macro average', () => {
    // Class 2 never occurs but is predicted once (wrongly): P = 0/1, R = 0/0 → 0, F1 = 0, support 0.
    const r = classificationReport([0, 1, 0, 1], [0, 1, 2, 1], ['a', 'b', 'c']);
    expect(r.support).toEqual([2, 2, 0]);
    expect([r.precision[2], r.recall[2], r.f1[2]]).toEqual([0, 0, 0]);
    expect(r.recall).toEqual([0.5, 1, 0]);
    expect(r.macro.recall).toBeCloseTo(0.5, 12); // (0.5 + 1 + 0)/3
    expect(r.weighted.recall).toBe(0.75); // weights 2, 2, 0
  });

  it('gives 1 everywhere for perfect predictions', () => {
    const labels = Int32Array.of(2, 0, 1, 1, 0, 2);
    const r = classificationReport(labels, labels, 3);
    expect(r.confusionMatrix).toEqual([
      [2, 0, 0],
      [0, 2, 0],
      [0, 0, 2],
    ]);
    expect([...r.precision, ...r.recall, ...r.f1, r.accuracy, r.macro.f1, r.weighted.f1].every((x) => x === 1)).toBe(true);
  });

  it('reports zeros rather than NaN when there are no samples', () => {
    const r = classificationReport([], [], 2);
    expect(r.total).toBe(0);
    expect(r.accuracy).toBe(0);
    expect(r.weighted).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses an empty list of class names', () => {
    expect(() => classificationReport([0], [0], [])).toThrow(/classNames is empty/);
  });
});

describe('confusionMatrix', () => {
  it('accepts typed arrays of labels, such as a tensor’s dataSync()', () => {
    expect(confusionMatrix(Float32Array.of(0, 1), Int32Array.of(1, 1), 2)).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('names the first offending index and value', () => {
    expect(() => confusionMatrix([0, 1, 3, 5], [0, 1, 1, 1], 3)).toThrow('yTrue[2] is 3, but labels must be integers from 0 to 2');
    expect(() => confusionMatrix([0, 1], [0, 0.5], 3)).toThrow(/yPred\[1\] is 0\.5/);
    expect(() => confusionMatrix([0], [-1], 3)).toThrow(/yPred\[0\] is -1/);
  });

  it('refuses labels and predictions of different lengths', () => {
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow('yTrue has 2 labels but yPred has 1');
  });
});

describe('argmaxRows', () => {
  it('turns one-hot and probability rows into class labels', () => {
    expect(argmaxRows([0, 1, 0, 0.7, 0.2, 0.1, 0.1, 0.3, 0.6], 3)).toEqual(Int32Array.of(1, 0, 2));
  });

  it('picks the first of tied maxima', () => {
    expect(argmaxRows([0.4, 0.4, 0.2, 0, 0.5, 0.5], 3)).toEqual(Int32Array.of(0, 1));
  });

  it('refuses values that do not make whole rows', () => {
    expect(() => argmaxRows([1, 2, 3, 4, 5], 2)).toThrow('5 values do not make whole rows of 2');
    expect(() => argmaxRows([1], 0)).toThrow(/cols must be an integer ≥ 1/);
  });
});
