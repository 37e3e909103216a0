import { describe, expect, it } from 'vitest';
import { classificationReport } from '../../../../lib/metrics/classification';
import { regressionReport } from '../../../../lib/metrics/regression';
import { CLASSIFICATION_MIME, REGRESSION_MIME } from '../../../../lib/outputs/mime';
import { MAX_SERIES_POINTS, seriesPayload } from './evaluationBundle';
import { toMimeBundle } from './index';

/** What spark.evaluate returns for a classifier (kernels/kernelWorker/cluster/evaluationReport.ts). */
const classificationEvaluation = () => ({
  kind: 'classification' as const,
  loss: 0.35,
  jobId: 'job-abc-1',
  ...classificationReport([0, 0, 1, 2], [0, 1, 1, 2], ['setosa', 'versicolor', 'virginica']),
});

/** What spark.evaluate returns for a regression model. */
const regressionEvaluation = () => ({
  kind: 'regression' as const,
  loss: 0.5,
  jobId: 'job-abc-2',
  ...regressionReport([1, 2, 3], [1, 2, 4]),
});

describe('evaluation results in toMimeBundle', () => {
  it('shows spark.evaluate’s classification result as the classification view with its report as text', () => {
    const bundle = toMimeBundle(classificationEvaluation());
    expect(bundle[CLASSIFICATION_MIME]).toMatchObject({
      classNames: ['setosa', 'versicolor', 'virginica'],
      confusionMatrix: [
        [1, 1, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      support: [2, 1, 1],
      accuracy: 0.75,
      loss: 0.35,
      jobId: 'job-abc-1',
    });
    expect(bundle[CLASSIFICATION_MIME]).not.toHaveProperty('kind');
    expect(bundle['text/plain']).toContain('precision    recall  f1-score   support');
    expect(bundle['text/plain']).toContain('Confusion matrix (rows: true class, columns: predicted class)');
  });

  it('shows spark.evaluate’s regression result as the regression view', () => {
    const bundle = toMimeBundle(regressionEvaluation());
    expect(bundle[REGRESSION_MIME]).toEqual({
      mse: 1 / 3,
      mae: 1 / 3,
      rmse: Math.sqrt(1 / 3),
      r2: 0.5,
      count: 3,
      loss: 0.5,
      jobId: 'job-abc-2',
    });
    expect(bundle['text/plain']).toContain('MSE');
  });

  it('leaves out a NaN loss (JSON cannot hold it) but still shows the results', () => {
    const bundle = toMimeBundle({ ...classificationEvaluation(), loss: NaN });
    expect(bundle[CLASSIFICATION_MIME]).not.toHaveProperty('loss');
    expect(bundle[CLASSIFICATION_MIME]).toMatchObject({ accuracy: 0.75 });
  });

  it('shows objects that merely have a kind field as ordinary objects', () => {
    expect(toMimeBundle({ kind: 'classification', accuracy: 0.9 })).toEqual({
      'text/plain': "{ kind: 'classification', accuracy: 0.9 }",
    });
    expect(toMimeBundle({ kind: 'regression', mse: 1, mae: 1 })).toEqual({ 'text/plain': "{ kind: 'regression', mse: 1, mae: 1 }" });
    const lopsided = { ...classificationEvaluation(), precision: [1] };
    expect(toMimeBundle(lopsided)).not.toHaveProperty(CLASSIFICATION_MIME);
  });

  it('keeps a cell-built regression series, limited to MAX_SERIES_POINTS with the true length noted', () => {
    const n = MAX_SERIES_POINTS + 10;
    const actual = Array.from({ length: n }, (_, i) => i);
    const bundle = toMimeBundle({ ...regressionEvaluation(), series: { actual, predicted: actual, label: 'Load' } });
    const series = (bundle[REGRESSION_MIME] as { series: { actual: number[]; total: number; label: string } }).series;
    expect(series.actual).toHaveLength(MAX_SERIES_POINTS);
    expect(series).toMatchObject({ total: n, label: 'Load' });
  });

  it('shortens float32 series values to what they really hold', () => {
    expect(seriesPayload(Float32Array.of(0.1), Float32Array.of(0.2))).toEqual({ actual: [0.1], predicted: [0.2] });
  });
});
