import { describe, expect, it } from 'vitest';
import { classificationReport } from '../metrics/classification';
import type { SweepSummary } from '../experiments/sweepSummary';
import { classificationHtml, modelSummaryHtml, regressionHtml, sweepHtml, tableHtml, tensorHtml } from './htmlTwins';
import type { ClassificationData } from './mime';

/** The text of each cell of each row (header and data cells alike), to read a table without its markup. */
function cellsOf(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell));
}

function classification(names: string[]): ClassificationData {
  const { total: _total, ...report } = classificationReport([0, 0, 1, 1, 1], [0, 1, 1, 1, 0], names);
  return { ...report, title: 'Test set' };
}

describe('tableHtml', () => {
  it('writes columns and rows, numbers as the text view writes them and null as an empty cell', () => {
    const html = tableHtml({
      columns: ['name', 'value'],
      rows: [
        ['a', 0.1234567],
        ['b', null],
      ],
      totalRows: 2,
    });
    expect(cellsOf(html)).toEqual([
      ['name', 'value'],
      ['a', '0.123457'],
      ['b', ''],
    ]);
  });

  it('says in its caption when the producer kept fewer rows than the data had', () => {
    const html = tableHtml({ columns: ['x'], rows: [[1]], totalRows: 5000, caption: 'Data' });
    expect(html).toContain('<caption>Data — showing 1 of 5,000 rows</caption>');
  });

  it('escapes column names and cells that hold markup', () => {
    const html = tableHtml({ columns: ['<b>col</b>'], rows: [['<img src=x onerror=alert(1)>']], totalRows: 1 });
    expect(html).toContain('<th>&lt;b&gt;col&lt;/b&gt;</th>');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
  });
});

describe('tensorHtml', () => {
  it('labels rows and columns with their indices and says when it is a preview', () => {
    const html = tensorHtml({
      shape: [100, 2],
      dtype: 'float32',
      size: 200,
      values: {
        columnLabels: ['0', '1'],
        rowLabels: ['0', '1'],
        rows: [
          [1, 2],
          [3, 4],
        ],
      },
      truncated: true,
    });
    expect(html).toContain('<caption>Tensor float32 [100,2] — preview of 200 values</caption>');
    expect(cellsOf(html)).toEqual([
      ['', '0', '1'],
      ['0', '1', '2'],
      ['1', '3', '4'],
    ]);
  });
});

describe('modelSummaryHtml', () => {
  it('has a row per layer and the parameter counts in its footer', () => {
    const html = modelSummaryHtml({
      name: 'iris',
      layers: [{ name: 'hidden', className: 'Dense', outputShape: '[null,10]', params: 50 }],
      totalParams: 1234,
      trainableParams: 1200,
      nonTrainableParams: 34,
    });
    expect(html).toContain('<caption>Model: &quot;iris&quot;</caption>');
    expect(cellsOf(html)).toEqual([
      ['Layer (type)', 'Output shape', 'Param #'],
      ['hidden (Dense)', '[null,10]', '50'],
      ['Total params', '', '1,234'],
      ['Trainable params', '', '1,200'],
      ['Non-trainable params', '', '34'],
    ]);
  });
});

describe('classificationHtml', () => {
  it('writes the confusion matrix with its caption, then the classification report', () => {
    const html = classificationHtml(classification(['cat', 'dog']));
    const tables = html.split('</table>').filter((t) => t.trim());
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('<caption>Test set — Confusion matrix (rows: true class, columns: predicted class)</caption>');
    expect(cellsOf(tables[0])).toEqual([
      ['true \\ predicted', 'cat', 'dog'],
      ['cat', '1', '1'],
      ['dog', '1', '2'],
    ]);
    expect(tables[1]).toContain('<caption>Test set — Classification report</caption>');
    expect(cellsOf(tables[1])).toEqual([
      ['', 'precision', 'recall', 'f1-score', 'support'],
      ['cat', '0.500', '0.500', '0.500', '2'],
      ['dog', '0.667', '0.667', '0.667', '3'],
      ['accuracy', '', '', '0.600', '5'],
      ['macro avg', '0.583', '0.583', '0.583', '5'],
      ['weighted avg', '0.600', '0.600', '0.600', '5'],
    ]);
  });

  it('escapes class names', () => {
    const html = classificationHtml(classification(['<script>x</script>', 'b&b']));
    expect(html).not.toContain('<script>');
    expect(html).toContain('<th>b&amp;b</th>');
  });
});

describe('regressionHtml', () => {
  it('lists the metrics', () => {
    const html = regressionHtml({ mse: 0.25, mae: 0.4, rmse: 0.5, r2: 0.91234, count: 1200, title: 'Holdout' });
    expect(html).toContain('<caption>Holdout — Regression metrics</caption>');
    expect(cellsOf(html).slice(1)).toEqual([
      ['MSE', '0.2500'],
      ['MAE', '0.4000'],
      ['RMSE', '0.5000'],
      ['R²', '0.9123'],
      ['Count', '1,200'],
    ]);
  });
});

describe('sweepHtml', () => {
  it('has a row per configuration with its values, metrics and status', () => {
    const summary: SweepSummary = {
      name: 'lr',
      jobId: 'job-1',
      grid: { learningRate: [0.1, 0.01] },
      params: ['learningRate'],
      rows: [
        { key: 'a', values: { learningRate: 0.1 }, accuracy: 0.9, loss: 0.3, seconds: 2.04, status: 'trained', reused: false },
        { key: 'b', values: { learningRate: 0.01 }, seconds: 1, status: 'diverged', reused: true },
      ],
      trained: 1,
      reused: 1,
      diverged: 1,
      failed: 0,
      pending: 0,
      startedAt: 0,
    };
    const html = sweepHtml(summary);
    expect(html).toContain('<caption>Sweep lr: 2 configurations: 1 reused, 1 trained, 1 diverged</caption>');
    expect(cellsOf(html).slice(1)).toEqual([
      ['0.1', '0.9000', '—', '—', '—', '0.3000', '2.0', 'trained'],
      ['0.01', '—', '—', '—', '—', '—', '1.0', 'diverged (reused)'],
    ]);
  });
});
