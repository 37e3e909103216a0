import { describe, expect, it } from 'vitest';
import type { SweepChartData } from '../../lib/experiments/sweepChart';
import { sweepChartRows } from './sweepChartRows';

const chart: SweepChartData = {
  metric: 'accuracy',
  x: 'learningRate',
  over: 'seed',
  scale: 'log',
  ticks: [],
  leftOut: [],
  lines: [
    { name: 'batch=32', points: [{ x: 0.1, value: 0.1, y: 0.9, spread: { std: 0.01, min: 0.89, max: 0.91, n: 2 } }] },
    { name: 'batch=64', points: [{ x: 0.01, value: 0.01, y: 0.8, spread: { std: 0, min: 0.8, max: 0.8, n: 1 } }, { x: 0.1, value: 0.1, y: 0.85 }] },
  ],
};

describe('sweepChartRows', () => {
  it('merges the lines into one row per x, sorted, with each line’s band and std', () => {
    const { rows, keys } = sweepChartRows(chart);
    expect(rows).toEqual([
      { x: 0.01, m1: 0.8, b1: [0.8, 0.8], e1: 0 },
      { x: 0.1, m0: 0.9, b0: [0.89, 0.91], e0: 0.01, m1: 0.85 },
    ]);
    expect(keys.map((k) => [k.name, k.spread])).toEqual([['batch=32', true], ['batch=64', false]]);
  });
});
