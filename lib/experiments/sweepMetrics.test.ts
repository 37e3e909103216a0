import { describe, expect, it } from 'vitest';
import { bestRow, usesLogScale } from './sweepMetrics';
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

const summary: Pick<SweepSummary, 'rows'> = {
  rows: [row(0.001, 1, 0.5), row(0.001, 2, 0.7), row(0.1, 1, 0.96), row(0.1, 2, 0.98), row(1, 1, undefined, 'diverged'), row(1, 2, 0.1)],
};

describe('reading a sweep', () => {
  it('finds the best configuration, never a diverged one', () => {
    expect(bestRow(summary)?.key).toBe('0.1-2');
    expect(bestRow(summary, 'loss')?.key).toBe('0.1-2');
  });

  it('uses a log scale only for positive values spanning two decades', () => {
    expect(usesLogScale([0.001, 0.1])).toBe(true);
    expect(usesLogScale([0.01, 0.1])).toBe(false);
    expect(usesLogScale([0, 1, 100])).toBe(false);
    expect(usesLogScale(['a', 'b'])).toBe(false);
  });
});
