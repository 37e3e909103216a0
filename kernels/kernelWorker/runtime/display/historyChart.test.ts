import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_MIME } from '../../../../lib/outputs/mime';
import { historyBundle, historyChart, isHistoryLike } from './historyChart';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const history = {
  epoch: [0, 1, 2],
  history: { acc: [0.5, 0.6, 0.7], loss: [1, 0.5, NaN], val_loss: [1.2, 0.6, 0.4], val_acc: [0.4, 0.5, 0.6] },
};

describe('history chart', () => {
  it('recognises History-shaped objects only', () => {
    expect(isHistoryLike(history)).toBe(true);
    expect(isHistoryLike({ epoch: [0], history: [] })).toBe(false);
    expect(isHistoryLike({ epoch: ['0'], history: {} })).toBe(false);
  });

  it('titles the chart Loss and puts loss first, each metric followed by its validation twin', () => {
    const chart = historyChart(history);
    expect(chart.title).toBe('Loss');
    expect(chart.xLabel).toBe('Epoch');
    expect(chart.series.map((s) => s.name)).toEqual(['loss', 'val_loss', 'acc', 'val_acc']);
  });

  it('dashes validation series and puts metrics on the right axis', () => {
    const chart = historyChart(history);
    expect(chart.series.map((s) => [s.name, s.dashed ?? false, s.axis ?? 'left'])).toEqual([
      ['loss', false, 'left'],
      ['val_loss', true, 'left'],
      ['acc', false, 'right'],
      ['val_acc', true, 'right'],
    ]);
    expect(chart.yLabelRight).toBe('Metric');
  });

  it('numbers epochs from 1 and leaves a NaN epoch out of the line', () => {
    const chart = historyChart(history);
    expect(chart.series[0].points).toEqual([
      [1, 1],
      [2, 0.5],
    ]);
  });

  it('puts everything on the left axis when there is no loss', () => {
    const chart = historyChart({ epoch: [0], history: { mae: [0.3] } });
    expect(chart.series[0].axis).toBeUndefined();
    expect(chart.yLabelRight).toBeUndefined();
  });

  it('writes the per-epoch table as text, showing NaN', () => {
    const text = historyBundle(history)['text/plain'];
    expect(text).toContain('History: 3 epochs');
    expect(text).toMatch(/Epoch\s+loss\s+val_loss\s+acc\s+val_acc/);
    expect(text).toMatch(/3\s+NaN\s+0.4\s+0.7\s+0.6/);
  });

  it('charts the History that model.fit returns', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mae'] });
    const x = tf.randomNormal([16, 2]);
    const y = tf.randomNormal([16, 1]);
    const fitted = await model.fit(x, y, { epochs: 3, validationSplit: 0.25, verbose: 0 });
    const chart = historyBundle(fitted as unknown as typeof history)[CHART_MIME] as ReturnType<typeof historyChart>;
    expect(chart.series.map((s) => s.name)).toEqual(['loss', 'val_loss', 'mae', 'val_mae']);
    expect(chart.series[0].points.map(([epoch]) => epoch)).toEqual([1, 2, 3]);
    tf.dispose([x, y]);
    model.dispose();
  });
});
