import { describe, expect, it } from 'vitest';
import type { JobRecord } from './jobRecord';
import { finalMetrics, headlineMetrics, jobDuration } from './jobMetrics';
import { sampleJobs } from '../../testing/sampleJobs';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('jobDuration', () => {
  it('is the time from start to end', () => {
    expect(jobDuration({ startedAt: 1000, endedAt: 4500, updatedAt: 4500 })).toBe(3500);
  });

  it('runs to now for a job that has not ended, else to its last heartbeat', () => {
    const running = { startedAt: 1000, updatedAt: 3000 };
    expect(jobDuration(running, 9000)).toBe(8000);
    expect(jobDuration(running)).toBe(2000);
  });

  it('is never negative, even with a clock that went backwards', () => {
    expect(jobDuration({ startedAt: 5000, endedAt: 4000, updatedAt: 4000 })).toBe(0);
  });
});

describe('finalMetrics', () => {
  it('takes the last epoch’s values, validation included', () => {
    expect(finalMetrics(fit)).toEqual(fit.epochMetrics.at(-1)!.values);
    expect(finalMetrics(fit)).toHaveProperty('val_loss');
  });

  it('falls back to the last step’s values when no epoch finished', () => {
    const job = { ...fit, epochMetrics: [] };
    expect(finalMetrics(job)).toEqual(fit.stepMetrics.at(-1)!.values);
  });

  it('adds the evaluation’s accuracy, with its loss standing in for a training loss', () => {
    expect(finalMetrics(evaluate)).toEqual({ accuracy: 28 / 30, loss: 0.1284 });
  });

  it('adds a regression evaluation’s mse', () => {
    const job: Pick<JobRecord, 'epochMetrics' | 'stepMetrics' | 'evaluation'> = {
      stepMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }],
      epochMetrics: [],
      evaluation: { kind: 'regression', loss: 0.5, mse: 0.5, mae: 0.6, rmse: 0.707, r2: 0.9, count: 10 },
    };
    expect(finalMetrics(job)).toEqual({ loss: 2, mse: 0.5 });
  });

  it('is empty for a job that has recorded nothing yet', () => {
    expect(finalMetrics({ stepMetrics: [], epochMetrics: [] })).toEqual({});
  });

  it('keeps the metrics of a cancelled job at the epoch it reached', () => {
    expect(cancelled.status).toBe('cancelled');
    expect(finalMetrics(cancelled)).toEqual(cancelled.epochMetrics.at(-1)!.values);
  });
});

describe('headlineMetrics', () => {
  it('shows loss then accuracy, whichever name accuracy has', () => {
    expect(headlineMetrics({ val_loss: 1, acc: 0.9, loss: 0.2 })).toEqual([
      { name: 'loss', value: 0.2 },
      { name: 'acc', value: 0.9 },
    ]);
    expect(headlineMetrics({ accuracy: 0.8 })).toEqual([{ name: 'acc', value: 0.8 }]);
  });

  it('shows mse for a regression, and nothing for no metrics', () => {
    expect(headlineMetrics({ loss: 3, mse: 3 })).toEqual([
      { name: 'loss', value: 3 },
      { name: 'mse', value: 3 },
    ]);
    expect(headlineMetrics({})).toEqual([]);
  });
});
