import { describe, expect, it } from 'vitest';
import type { SweepRow } from '../../lib/experiments/sweepSummary';
import { pendingConfigurations } from './sweepPendingRows';

const done = (learningRate: number, seed: number): SweepRow => ({
  key: `${learningRate}/${seed}`,
  values: { learningRate, seed },
  seconds: 1,
  status: 'trained',
  reused: false,
});

describe('pendingConfigurations', () => {
  const base = { grid: { learningRate: [0.01, 0.1], seed: [1, 2] }, params: ['learningRate', 'seed'] };

  it('lists the grid configurations without a row, in grid order', () => {
    expect(pendingConfigurations({ ...base, rows: [done(0.01, 2), done(0.1, 1)], pending: 2 })).toEqual([
      { learningRate: 0.01, seed: 1 },
      { learningRate: 0.1, seed: 2 },
    ]);
  });

  it('lists nothing once the sweep is done', () => {
    expect(pendingConfigurations({ ...base, rows: [done(0.01, 1)], pending: 0 })).toEqual([]);
  });
});
