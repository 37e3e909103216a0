import { describe, expect, it } from 'vitest';
import { CHART_MIME, MODEL_MIME, TABLE_MIME, TENSOR_MIME, parseSparkbookPayload } from './mime';

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
