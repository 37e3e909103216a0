import { describe, expect, it } from 'vitest';
import { bestRow, defaultOver, seedStats, spreadStats, sweepChart } from './sweepChart';
import type { SweepRow, SweepSummary } from './sweepSummary';

type Sweep = Pick<SweepSummary, 'rows' | 'params' | 'grid'>;

const row = (values: SweepRow['values'], accuracy: number | undefined, status: SweepRow['status'] = 'trained'): SweepRow => ({
  key: JSON.stringify(values),
  values,
  accuracy,
  loss: accuracy === undefined ? undefined : 1 - accuracy,
  seconds: 1,
  status,
  reused: false,
});

// Rows in the order configurations finished, not the grid's.
const lrSeeds: Sweep = {
  params: ['learningRate', 'seed'],
  grid: { learningRate: [0.001, 0.1, 1], seed: [1, 2] },
  rows: [
    row({ learningRate: 1, seed: 1 }, undefined, 'diverged'),
    row({ learningRate: 0.1, seed: 2 }, 0.98),
    row({ learningRate: 0.001, seed: 1 }, 0.5),
    row({ learningRate: 0.1, seed: 1 }, 0.96),
    row({ learningRate: 0.001, seed: 2 }, 0.7),
    row({ learningRate: 1, seed: 2 }, 0.1),
  ],
};

describe('seedStats', () => {
  it('gives mean, population std, min, max and n per learning rate, in grid order', () => {
    const stats = seedStats(lrSeeds, 'accuracy');
    expect(stats.map((s) => s.values)).toEqual([{ learningRate: 0.001 }, { learningRate: 0.1 }, { learningRate: 1 }]);
    expect(stats[0]).toMatchObject({ min: 0.5, max: 0.7, n: 2 });
    expect(stats[0].mean).toBeCloseTo(0.6, 10);
    expect(stats[0].std).toBeCloseTo(0.1, 10);
  });

  it('counts only the seeds that have a result', () => {
    expect(seedStats(lrSeeds, 'accuracy')[2]).toMatchObject({ mean: 0.1, std: 0, n: 1 });
  });

  it('is empty when nothing is named seed', () => {
    expect(seedStats({ ...lrSeeds, params: ['learningRate', 'batch'] }, 'accuracy')).toEqual([]);
  });
});

describe('bestRow', () => {
  it('takes the highest accuracy and the lowest loss, never a diverged row', () => {
    expect(bestRow(lrSeeds, 'accuracy')?.values).toEqual({ learningRate: 0.1, seed: 2 });
    expect(bestRow(lrSeeds, 'loss')?.values).toEqual({ learningRate: 0.1, seed: 2 });
  });

  it('finds nothing when every configuration diverged', () => {
    expect(bestRow({ rows: [row({ learningRate: 1 }, undefined, 'diverged')] }, 'accuracy')).toBeUndefined();
  });
});

describe('sweepChart', () => {
  it('draws one mean line over seeds on a log axis, with the spread of each point', () => {
    const chart = sweepChart(lrSeeds, { metric: 'accuracy', x: 'learningRate', over: defaultOver(lrSeeds.params, 'learningRate') });
    expect(chart.scale).toBe('log');
    expect(chart.over).toBe('seed');
    expect(chart.lines.map((l) => l.name)).toEqual(['mean over seeds']);
    const points = chart.lines[0].points;
    expect(points.map((p) => p.x)).toEqual([0.001, 0.1, 1]);
    expect(points[1].y).toBeCloseTo(0.97, 10);
    expect(points[1].spread).toMatchObject({ min: 0.96, max: 0.98, n: 2 });
    expect(points[1].spread?.std).toBeCloseTo(0.01, 10);
  });

  it('leaves diverged and failed rows out of the lines but lists them', () => {
    const chart = sweepChart(lrSeeds, { metric: 'accuracy', x: 'learningRate' });
    expect(chart.leftOut.map((r) => r.values)).toEqual([{ learningRate: 1, seed: 1 }]);
    expect(chart.lines.flatMap((l) => l.points)).toHaveLength(5);
  });

  it('draws a line per value of the other parameter when not averaging, sorted by x', () => {
    const chart = sweepChart(lrSeeds, { metric: 'accuracy', x: 'learningRate' });
    expect(chart.lines.map((l) => l.name)).toEqual(['seed=1', 'seed=2']);
    expect(chart.lines[1].points.map((p) => [p.x, p.y])).toEqual([
      [0.001, 0.7],
      [0.1, 0.98],
      [1, 0.1],
    ]);
    expect(chart.lines[0].points[0].spread).toBeUndefined();
  });

  it('averages over a parameter the user picks even when it is not called seed', () => {
    const sweep: Sweep = {
      params: ['batch', 'run'],
      grid: { batch: [32, 64], run: ['a', 'b'] },
      rows: [row({ batch: 32, run: 'a' }, 0.8), row({ batch: 32, run: 'b' }, 0.9), row({ batch: 64, run: 'a' }, 0.7)],
    };
    expect(defaultOver(sweep.params, 'batch')).toBeUndefined();
    const chart = sweepChart(sweep, { metric: 'accuracy', x: 'batch', over: 'run' });
    expect(chart.scale).toBe('linear');
    expect(chart.lines).toHaveLength(1);
    expect(chart.lines[0].points.map((p) => [p.x, Number(p.y.toFixed(2)), p.spread?.n])).toEqual([
      [32, 0.85, 2],
      [64, 0.7, 1],
    ]);
    expect(spreadStats(sweep, 'accuracy', 'run')).toHaveLength(2);
  });

  it('never averages over the x parameter itself', () => {
    const chart = sweepChart(lrSeeds, { metric: 'accuracy', x: 'seed', over: 'seed' });
    expect(chart.over).toBeUndefined();
    expect(chart.lines.map((l) => l.name)).toEqual(['learningRate=0.001', 'learningRate=0.1', 'learningRate=1']);
    expect(chart.scale).toBe('linear');
  });

  it('places strings at their grid position and labels the ticks with the values', () => {
    const sweep: Sweep = {
      params: ['optimizer'],
      grid: { optimizer: ['sgd', 'adam'] },
      rows: [row({ optimizer: 'adam' }, 0.9), row({ optimizer: 'sgd' }, 0.8)],
    };
    const chart = sweepChart(sweep, { metric: 'accuracy', x: 'optimizer' });
    expect(chart.scale).toBe('category');
    expect(chart.ticks).toEqual([
      { x: 0, label: 'sgd' },
      { x: 1, label: 'adam' },
    ]);
    expect(chart.lines).toEqual([
      {
        name: 'accuracy',
        points: [
          { x: 0, value: 'sgd', y: 0.8 },
          { x: 1, value: 'adam', y: 0.9 },
        ],
      },
    ]);
  });

  it('keeps a linear axis for values spanning less than two decades', () => {
    const sweep: Sweep = { params: ['lr'], grid: { lr: [0.01, 0.1] }, rows: [] };
    expect(sweepChart(sweep, { metric: 'loss', x: 'lr' }).scale).toBe('linear');
  });
});
