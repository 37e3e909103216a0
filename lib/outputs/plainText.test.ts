import { describe, expect, it } from 'vitest';
import type { ChartData, ModelSummary, TensorData } from './mime';
import { chartTable, formatNumber, formatTextTable, modelSummaryText, tableText, tensorText } from './plainText';

describe('plain-text twins', () => {
  it('formats fractions to six significant digits and keeps integers whole', () => {
    expect(formatNumber(0.123456789)).toBe('0.123457');
    expect(formatNumber(123456789)).toBe('123456789');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('right-aligns numeric columns and left-aligns text columns', () => {
    const text = formatTextTable(['name', 'n'], [['ab', 1], ['c', 100]]);
    expect(text.split('\n')).toEqual(['name    n', '----  ---', 'ab      1', 'c     100']);
  });

  it('says how many rows a truncated table left out', () => {
    const text = tableText({ columns: ['a'], rows: [[1], [2]], totalRows: 500, caption: 'Data' });
    expect(text.startsWith('Data\n')).toBe(true);
    expect(text).toContain('[showing 2 of 500 rows]');
  });

  it('prints a vector without a blank label column and notes truncation', () => {
    const tensor: TensorData = {
      shape: [30],
      dtype: 'float32',
      size: 30,
      values: { columnLabels: ['0', '1'], rowLabels: [''], rows: [[1, 2]] },
      truncated: true,
    };
    expect(tensorText(tensor)).toBe('Tensor float32 [30]\n0  1\n-  -\n1  2\n[preview only: the tensor has 30 values]');
  });

  it('prints a model summary like Keras, with totals', () => {
    const model: ModelSummary = {
      name: 'sequential_1',
      layers: [{ name: 'dense_Dense1', className: 'Dense', outputShape: '[null,10]', params: 50 }],
      totalParams: 1234,
      trainableParams: 1234,
      nonTrainableParams: 0,
    };
    const text = modelSummaryText(model);
    expect(text).toContain('Model: "sequential_1"');
    expect(text).toMatch(/dense_Dense1 \(Dense\)\s+\[null,10\]\s+50/);
    expect(text).toContain('Total params: 1,234');
    expect(text).toContain('Non-trainable params: 0');
  });

  it('lines a chart’s series up by x, leaving gaps empty', () => {
    const chart: ChartData = {
      xLabel: 'Epoch',
      series: [
        { name: 'loss', points: [[1, 0.5], [2, 0.25]] },
        { name: 'val_loss', points: [[2, 0.3]] },
      ],
    };
    expect(chartTable(chart).rows).toEqual([[1, 0.5, null], [2, 0.25, 0.3]]);
  });
});
