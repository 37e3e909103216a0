import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFICATION_MIME, REGRESSION_MIME, type ClassificationData, type RegressionData } from '../../../lib/outputs/mime';
import { toMimeBundle } from './display';
import { createShow } from './show';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const show = createShow();
const classification = (bundle: unknown) => toMimeBundle(bundle)[CLASSIFICATION_MIME] as ClassificationData;
const regression = (bundle: unknown) => toMimeBundle(bundle)[REGRESSION_MIME] as RegressionData;

describe('show.confusionMatrix', () => {
  it('reads one-hot truth and probability rows by argmax, counting rows as true and columns as predicted', () => {
    // Truth: 0, 1, 2, 1. Predicted: 0, 2, 2, 1.
    const yTrue = tf.tensor2d([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
    const yPred = tf.tensor2d([
      [0.8, 0.1, 0.1],
      [0.2, 0.3, 0.5],
      [0.1, 0.1, 0.8],
      [0.1, 0.7, 0.2],
    ]);
    const data = classification(show.confusionMatrix(yTrue, yPred, ['setosa', 'versicolor', 'virginica']));
    expect(data.confusionMatrix).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    expect(data.support).toEqual([1, 2, 1]);
    expect(data.accuracy).toBe(0.75);
    expect(data.precision).toEqual([1, 1, 0.5]);
    expect(yTrue.isDisposed || yPred.isDisposed).toBe(false);
    tf.dispose([yTrue, yPred]);
  });

  it('takes integer labels as they are and numbers the classes when no names are given', () => {
    const data = classification(show.confusionMatrix([0, 1, 1, 3], Int32Array.of(0, 1, 0, 3)));
    expect(data.classNames).toEqual(['0', '1', '2', '3']);
    expect(data.confusionMatrix).toEqual([
      [1, 0, 0, 0],
      [1, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
  });

  it('thresholds one column of probabilities at 0.5, as a sigmoid classifier’s output', () => {
    const yPred = tf.tensor2d([[0.9], [0.2], [0.6]]);
    const data = classification(show.confusionMatrix([1, 0, 0], yPred, { classNames: ['no', 'yes'], title: 'Spam' }));
    expect(data).toMatchObject({
      title: 'Spam',
      confusionMatrix: [
        [1, 1],
        [0, 1],
      ],
    });
    yPred.dispose();
  });

  it('names both lengths when truth and predictions do not match', () => {
    expect(() => show.confusionMatrix([0, 1, 1], [0, 1])).toThrow(
      'show.confusionMatrix: yTrue has 3 samples (shape [3]) but yPred has 2 (shape [2]); they must match one to one',
    );
  });

  it('says which labels are allowed when one is out of range', () => {
    expect(() => show.confusionMatrix([0, 1, 3], [0, 1, 1], ['a', 'b', 'c'])).toThrow(
      'show.confusionMatrix: yTrue[2] is 3, but labels must be integers from 0 to 2, one per name in classNames (a, b, c)',
    );
    expect(() => show.confusionMatrix([0, 2.5], [0, 1])).toThrow('yTrue[1] is 2.5; labels must be whole numbers');
  });

  it('refuses one-hot rows whose width differs from the class names', () => {
    const yPred = tf.ones([2, 4]);
    expect(() => show.confusionMatrix([0, 1], yPred, ['a', 'b', 'c'])).toThrow(
      'yPred has 4 columns (one per class) but 3 classNames were given',
    );
    yPred.dispose();
  });

  it('explains disposed tensors and unknown options', () => {
    const t = tf.tensor1d([0, 1]);
    t.dispose();
    expect(() => show.confusionMatrix(t, [0, 1])).toThrow('yTrue is a disposed tensor');
    expect(() => show.confusionMatrix([0], [0], { names: ['a'] } as never)).toThrow(
      'unknown option "names"; the options are classNames, title',
    );
  });
});

describe('show.regression', () => {
  it('scores every value and charts actual against predicted, accepting [n] against [n, 1]', () => {
    const yTrue = tf.tensor1d([1, 2, 3, 4]);
    const yPred = tf.tensor2d([[1], [2], [3], [6]]);
    const data = regression(show.regression(yTrue, yPred, { title: 'Holdout', label: 'Load (kW)' }));
    expect(data).toMatchObject({ title: 'Holdout', mse: 1, mae: 0.5, rmse: 1, count: 4 });
    expect(data.r2).toBeCloseTo(0.2);
    expect(data.series).toEqual({ actual: [1, 2, 3, 4], predicted: [1, 2, 3, 6], label: 'Load (kW)' });
    tf.dispose([yTrue, yPred]);
  });

  it('charts the first value of each sample for sequence outputs [n, steps, features]', () => {
    const yTrue = tf.tensor3d([
      [[1], [2]],
      [[3], [4]],
      [[5], [6]],
    ]);
    const data = regression(show.regression(yTrue, yTrue));
    expect(data.series?.actual).toEqual([1, 3, 5]);
    expect(data.count).toBe(6);
    yTrue.dispose();
  });

  it('names both shapes when they do not match', () => {
    expect(() =>
      show.regression(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ),
    ).toThrow(
      'show.regression: yTrue has shape [2,3] (6 values) but yPred has shape [3,2] (6); they must have the same shape (axes of size 1 aside)',
    );
    expect(() => show.regression([1, 2], [1])).toThrow('yTrue has shape [2] (2 values) but yPred has shape [1] (1)');
  });

  it('points at a NaN prediction', () => {
    expect(() => show.regression([1, 2], [1, NaN])).toThrow('show.regression: yPred[1] is NaN; every value must be a finite number');
  });
});
