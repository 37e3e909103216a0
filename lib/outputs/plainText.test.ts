import { describe, expect, it } from 'vitest';
import { classificationReport } from '../metrics/classification';
import type { ChartData, ClassificationData, ModelSummary, RegressionData, TensorData } from './mime';
import {
  chartTable,
  classificationText,
  formatNumber,
  formatTextTable,
  modelSummaryText,
  regressionText,
  tableText,
  tensorText,
} from './plainText';

describe('plain-text twins', () => {
  it('formats fractions to six significant digits and keeps integers whole', () => {
    expect(formatNumber(0.123456789)).toBe('0.123457');
    expect(formatNumber(123456789)).toBe('123456789');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('right-aligns numeric columns and left-aligns text columns', () => {
    const text = formatTextTable(
      ['name', 'n'],
      [
        ['ab', 1],
        ['c', 100],
      ],
    );
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
        {
          name: 'loss',
          points: [
            [1, 0.5],
            [2, 0.25],
          ],
        },
        { name: 'val_loss', points: [[2, 0.3]] },
      ],
    };
    expect(chartTable(chart).rows).toEqual([
      [1, 0.5, null],
      [2, 0.25, 0.3],
    ]);
  });
});

describe('text twins of evaluation results', () => {
  // setosa: 2 right, 1 taken for versicolor; versicolor: both taken for setosa; virginica absent.
  const report = classificationReport([0, 0, 0, 1, 1], [0, 0, 1, 0, 0], ['setosa', 'versicolor', 'virginica']);
  const { total: _total, ...fields } = report;

  it('writes a classification as scikit-learn’s report, then the matrix as a table', () => {
    const data: ClassificationData = { ...fields, title: 'Test set', loss: 0.4, jobId: 'job-7' };
    const lines = classificationText(data).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Test set', 'Loss: 0.4 (job job-7)']);
    expect(lines).toContain('      setosa     0.500     0.667     0.571         3');
    expect(lines).toContain('    accuracy                         0.400         5');
    expect(lines.slice(-6)).toEqual([
      'Confusion matrix (rows: true class, columns: predicted class)',
      'true \\ predicted  setosa  versicolor  virginica',
      '----------------  ------  ----------  ---------',
      'setosa                 2           1          0',
      'versicolor             2           0          0',
      'virginica              0           0          0',
    ]);
  });

  it('derives the weighted averages when a saved report has none', () => {
    const { weighted: _weighted, ...unweighted } = fields;
    expect(classificationText(unweighted)).toBe(classificationText(fields));
  });

  it('lists regression metrics and says how many points the chart holds', () => {
    const data: RegressionData = {
      mse: 0.25,
      mae: 0.5,
      rmse: 0.5,
      r2: -0.125,
      count: 5000,
      series: { actual: [1, 2], predicted: [1, 3], total: 5000 },
    };
    expect(regressionText(data).split('\n')).toEqual([
      'Metric   Value',
      '------  ------',
      'MSE       0.25',
      'MAE        0.5',
      'RMSE       0.5',
      'R²      -0.125',
      'Count     5000',
      'Predicted vs actual: 2 of 5000 points (shown as a chart in Sparkbook)',
    ]);
  });
});
