import { describe, expect, it } from 'vitest';
import { epochTable, jobCurveChart, lossComparisonChart, lossSeries } from './jobCharts';
import { sampleJobs } from '../../testing/sampleJobs';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('lossSeries', () => {
  it('gives each job its per-step loss as [step, loss] pairs', () => {
    const [a, b] = lossSeries([fit, cancelled]);
    expect(a.jobId).toBe(fit.id);
    expect(a.points).toHaveLength(50);
    expect(a.points[0]).toEqual([1, fit.stepMetrics[0].values.loss]);
    expect(b.points).toHaveLength(35);
  });

  it('falls back to per-epoch loss at each epoch’s last step', () => {
    const [s] = lossSeries([{ ...fit, stepMetrics: [] }]);
    expect(s.points.map(([step]) => step)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
  });

  it('gives an empty series for a job without loss', () => {
    expect(lossSeries([evaluate])).toEqual([{ jobId: evaluate.id, points: [] }]);
  });

  it('becomes one chart series per job for the overlay', () => {
    const chart = lossComparisonChart([fit, cancelled]);
    expect(chart.series.map((s) => s.name)).toEqual([fit.id, cancelled.id]);
    expect(chart.xLabel).toBe('Step');
  });
});

describe('jobCurveChart', () => {
  it('draws step metrics and epoch metrics as the live chart does, validation dashed', () => {
    const chart = jobCurveChart(fit)!;
    expect(chart.title).toBe('Loss');
    expect(chart.series.map((s) => s.name)).toEqual(['loss', 'acc', 'epoch loss', 'epoch acc', 'val_loss', 'val_acc']);
    expect(chart.series.find((s) => s.name === 'acc')!.axis).toBe('right');
    expect(chart.series.find((s) => s.name === 'val_loss')).toMatchObject({ dashed: true, axis: 'left' });
    expect(chart.series.find((s) => s.name === 'val_loss')!.points[0]).toEqual([5, fit.epochMetrics[0].values.val_loss]);
    expect(chart.yLabelRight).toBe('acc');
  });

  it('is null for a job with no training metrics', () => {
    expect(jobCurveChart(evaluate)).toBeNull();
  });
});

describe('epochTable', () => {
  it('has a row per epoch, numbered from 1, loss first', () => {
    const table = epochTable(fit);
    expect(table.columns).toEqual(['loss', 'acc', 'val_loss', 'val_acc']);
    expect(table.rows[0]).toMatchObject({ epoch: 1, step: 5 });
    expect(table.rows).toHaveLength(10);
  });
});
