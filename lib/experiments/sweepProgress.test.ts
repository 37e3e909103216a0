import { describe, expect, it } from 'vitest';
import { SweepProgress } from './sweepProgress';
import { sweepCountsText, type SweepRow } from './sweepSummary';

const row = (lr: number, patch: Partial<SweepRow> = {}): SweepRow => ({
  key: `k${lr}`,
  values: { lr },
  seconds: 1,
  status: 'trained',
  reused: false,
  accuracy: 0.9,
  ...patch,
});

describe('SweepProgress', () => {
  it('keeps rows in grid order whatever order they finish in, and counts them', () => {
    const progress = new SweepProgress('lr', 'job-1', { lr: [1, 2, 3, 4] }, 4, 100);
    progress.set(2, row(3, { status: 'reused', reused: true }));
    progress.set(0, row(1));
    expect(sweepCountsText(progress.summary())).toBe('4 configurations: 1 reused, 1 trained, 2 to go');
    progress.set(3, row(4, { status: 'diverged', error: 'loss became NaN' }));
    progress.set(1, row(2, { status: 'failed', error: 'boom' }));
    const done = progress.summary(200);
    expect(done.rows.map((r) => r.values.lr)).toEqual([1, 2, 3, 4]);
    expect(done).toMatchObject({ trained: 2, reused: 1, diverged: 1, failed: 1, pending: 0, params: ['lr'], endedAt: 200 });
    expect(sweepCountsText(done)).toBe('4 configurations: 1 reused, 2 trained, 1 diverged, 1 failed');
  });
});
