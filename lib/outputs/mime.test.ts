import { describe, expect, it } from 'vitest';
import {
  CHART_MIME,
  CLASSIFICATION_MIME,
  MODEL_MIME,
  REGRESSION_MIME,
  SWEEP_MIME,
  TABLE_MIME,
  TENSOR_MIME,
  parseSparkbookPayload,
} from './mime';

describe('parseSparkbookPayload', () => {
  it('accepts a well-formed table', () => {
    const table = { columns: ['a'], rows: [[1], ['x'], [null], [true]], totalRows: 10, caption: 'c' };
    expect(parseSparkbookPayload(TABLE_MIME, table).payload).toEqual({ mime: TABLE_MIME, data: table });
  });

  it('rejects a table whose cells are objects and names the offending path', () => {
    const result = parseSparkbookPayload(TABLE_MIME, { columns: ['a'], rows: [[{ evil: 1 }]], totalRows: 1 });
    expect(result.payload).toBeNull();
    expect(result.error).toContain('rows.0.0');
  });

  it('rejects a table row that is not a list, or a cell that is not a finite number, naming where', () => {
    expect(parseSparkbookPayload(TABLE_MIME, { columns: ['a'], rows: [[1], 'x'], totalRows: 2 }).error).toContain('rows.1');
    expect(
      parseSparkbookPayload(TABLE_MIME, {
        columns: ['a', 'b'],
        rows: [
          [1, 2],
          [3, NaN],
        ],
        totalRows: 2,
      }).error,
    ).toContain('rows.1.1');
  });

  it('checks a table of 100,000 rows without copying them', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [i, `row ${i}`, i % 2 === 0, null]);
    const parsed = parseSparkbookPayload(TABLE_MIME, { columns: ['a', 'b', 'c', 'd'], rows, totalRows: rows.length });
    expect(parsed.payload?.mime === TABLE_MIME && parsed.payload.data.rows).toBe(rows);
  });

  it('rejects NaN and Infinity, which JSON cannot carry', () => {
    const chart = { xLabel: 'x', series: [{ name: 'loss', points: [[1, Infinity]] }] };
    expect(parseSparkbookPayload(CHART_MIME, chart).payload).toBeNull();
  });

  it('accepts a chart with dashed and right-axis series', () => {
    const chart = {
      title: 'Loss',
      xLabel: 'Epoch',
      series: [{ name: 'val_acc', points: [[1, 0.5]], dashed: true, axis: 'right' }],
    };
    expect(parseSparkbookPayload(CHART_MIME, chart).payload?.data).toEqual(chart);
  });

  it('rejects a model summary with negative parameter counts', () => {
    const model = { name: 'm', layers: [], totalParams: -1, trainableParams: 0, nonTrainableParams: 0 };
    expect(parseSparkbookPayload(MODEL_MIME, model).payload).toBeNull();
  });

  it('rejects a tensor payload that is a string', () => {
    expect(parseSparkbookPayload(TENSOR_MIME, '{"shape":[]}').error).toContain('(root)');
  });
});

describe('classification and regression payloads', () => {
  const classification = {
    classNames: ['cat', 'dog'],
    confusionMatrix: [
      [3, 1],
      [0, 2],
    ],
    precision: [1, 2 / 3],
    recall: [0.75, 1],
    f1: [6 / 7, 0.8],
    support: [4, 2],
    accuracy: 5 / 6,
    macro: { precision: 5 / 6, recall: 0.875, f1: 0.83 },
  };

  it('accepts a classification report without weighted averages, as a saved job has it', () => {
    expect(parseSparkbookPayload(CLASSIFICATION_MIME, { ...classification, loss: 0.3, jobId: 'job-1' }).payload?.data).toMatchObject({
      loss: 0.3,
      jobId: 'job-1',
    });
  });

  it('drops fields it does not know, such as spark.evaluate’s kind and total', () => {
    const data = parseSparkbookPayload(CLASSIFICATION_MIME, { ...classification, kind: 'classification', total: 6 }).payload?.data;
    expect(data).not.toHaveProperty('kind');
    expect(data).not.toHaveProperty('total');
  });

  it('rejects per-class lists that do not line up with classNames, naming the list', () => {
    expect(parseSparkbookPayload(CLASSIFICATION_MIME, { ...classification, recall: [1] }).error).toContain(
      'recall: has 1 entries for 2 classes',
    );
    const ragged = { ...classification, confusionMatrix: [[3, 1], [0]] };
    expect(parseSparkbookPayload(CLASSIFICATION_MIME, ragged).error).toContain('confusionMatrix.1');
  });

  it('rejects a null metric (NaN after a JSON round trip) and fractional counts', () => {
    expect(parseSparkbookPayload(CLASSIFICATION_MIME, { ...classification, precision: [null, 1] }).error).toContain('precision.0');
    expect(parseSparkbookPayload(CLASSIFICATION_MIME, { ...classification, support: [4.5, 2] }).payload).toBeNull();
  });

  const regression = { mse: 0.25, mae: 0.5, rmse: 0.5, r2: 0.9, count: 3 };

  it('accepts regression metrics with or without a series', () => {
    expect(parseSparkbookPayload(REGRESSION_MIME, regression).payload?.data).toEqual(regression);
    const series = { actual: [1, 2, 3], predicted: [1, 2, 4], label: 'Temperature', total: 3000 };
    expect(parseSparkbookPayload(REGRESSION_MIME, { ...regression, series }).payload?.data).toEqual({ ...regression, series });
  });

  it('rejects a series whose predicted values are not as many as the actual ones', () => {
    const series = { actual: [1, 2, 3], predicted: [1, 2] };
    expect(parseSparkbookPayload(REGRESSION_MIME, { ...regression, series }).error).toContain('series.predicted');
  });

  const sweep = {
    name: 'lr',
    jobId: 'job-1',
    grid: { learningRate: [0.01, 1] },
    params: ['learningRate'],
    rows: [
      {
        key: 'a',
        values: { learningRate: 0.01 },
        accuracy: 0.97,
        loss: 0.1,
        seconds: 3,
        status: 'trained',
        reused: false,
        jobId: 'job-2',
        modelId: 'lr/a',
      },
      { key: 'b', values: { learningRate: 1 }, seconds: 1, status: 'diverged', reused: false, error: 'loss became NaN' },
    ],
    trained: 2,
    reused: 0,
    diverged: 1,
    failed: 0,
    pending: 0,
    startedAt: 1,
    endedAt: 2,
  };

  it('accepts a sweep summary, a diverged row without metrics included', () => {
    expect(parseSparkbookPayload(SWEEP_MIME, sweep).payload?.data).toEqual(sweep);
  });

  it('rejects a sweep row with an unknown status, naming the row', () => {
    const rows = [sweep.rows[0], { ...sweep.rows[1], status: 'exploded' }];
    expect(parseSparkbookPayload(SWEEP_MIME, { ...sweep, rows }).error).toContain('rows.1.status');
  });
});
