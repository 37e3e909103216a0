import { describe, expect, it } from 'vitest';
import { bestRow, seedStats, sweepChart, usesLogScale } from './sweepAnalysis';
import type { SweepRow, SweepSummary } from './sweepSummary';

const row = (learningRate: number, seed: number, accuracy: number | undefined, status: SweepRow['status'] = 'trained'): SweepRow => ({
  key: `${learningRate}-${seed}`,
  values: { learningRate, seed },
  accuracy,
  loss: accuracy === undefined ? undefined : 1 - accuracy,
  seconds: 1,
  status,
  reused: false,
});

const summary: Pick<SweepSummary, 'rows' | 'params' | 'grid' | 'name'> = {
  name: 'lr',
  params: ['learningRate', 'seed'],
  grid: { learningRate: [0.001, 0.1, 1], seed: [1, 2] },
  rows: [row(0.001, 1, 0.5), row(0.001, 2, 0.7), row(0.1, 1, 0.96), row(0.1, 2, 0.98), row(1, 1, undefined, 'diverged'), row(1, 2, 0.1)],
};

describe('reading a sweep', () => {
  it('finds the best configuration, never a diverged one', () => {
    expect(bestRow(summary)?.key).toBe('0.1-2');
    expect(bestRow(summary, 'loss')?.key).toBe('0.1-2');
  });

  it('averages over seeds per learning rate', () => {
    const stats = seedStats(summary, 'accuracy');
    expect(stats.map((s) => [s.values.learningRate, Number(s.mean.toFixed(3)), s.n])).toEqual([
      [0.001, 0.6, 2],
      [0.1, 0.97, 2],
      [1, 0.1, 1],
    ]);
    expect(stats[0]).toMatchObject({ min: 0.5, max: 0.7 });
    expect(stats[0].std).toBeCloseTo(0.1, 10);
  });

  it('charts the mean over seeds with its spread, against log10 of a rate', () => {
    const chart = sweepChart(summary, 'accuracy', 'learningRate');
    expect(chart.xLabel).toBe('learningRate (log₁₀)');
    expect(chart.series.map((s) => s.name)).toEqual(['mean over seeds', 'min', 'max']);
    expect(chart.series[0].points.map(([x, y]) => [Math.round(x), Number(y.toFixed(2))])).toEqual([[-3, 0.6], [-1, 0.97], [0, 0.1]]);
    expect(chart.series[1].dashed).toBe(true);
  });

  it('charts one line per seed against the seed parameter itself', () => {
    const chart = sweepChart(summary, 'accuracy', 'seed');
    expect(chart.series.map((s) => s.name)).toEqual(['learningRate=0.001', 'learningRate=0.1', 'learningRate=1']);
    expect(chart.xLabel).toBe('seed');
  });

  it('uses a log scale only for positive values spanning two decades', () => {
    expect(usesLogScale([0.001, 0.1])).toBe(true);
    expect(usesLogScale([0.01, 0.1])).toBe(false);
    expect(usesLogScale([0, 1, 100])).toBe(false);
    expect(usesLogScale(['a', 'b'])).toBe(false);
  });
});
