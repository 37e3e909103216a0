import { describe, expect, it } from 'vitest';
import type { JobRecord } from './jobRecord';
import { filterJobs, groupSweepJobs, jobNotebooks, sortJobs } from './jobList';
import { sampleJobs } from '../../testing/sampleJobs';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));
const other: JobRecord = {
  ...fit,
  id: 'job-other',
  notebookId: 'nbmnist',
  notebookTitle: 'MNIST',
  status: 'failed',
  startedAt: fit.startedAt - 1,
  stepMetrics: [],
  epochMetrics: [],
};
const all = [evaluate, cancelled, fit, other];
const ids = (jobs: JobRecord[]) => jobs.map((j) => j.id);

describe('sortJobs', () => {
  it('sorts by start time either way', () => {
    expect(ids(sortJobs(all, 'startedAt', 'descending'))).toEqual(ids([evaluate, cancelled, fit, other]));
    expect(ids(sortJobs(all, 'startedAt', 'ascending'))).toEqual(ids([other, fit, cancelled, evaluate]));
  });

  it('sorts by duration and by executor count', () => {
    const byDuration = sortJobs(all, 'duration', 'ascending');
    expect(byDuration[0].id).toBe(evaluate.id);
    expect(ids(sortJobs([cancelled, fit], 'executors', 'descending'))).toEqual(ids([fit, cancelled]));
  });

  it('sorts by final loss, jobs without metrics last in both directions', () => {
    expect(sortJobs(all, 'metrics', 'ascending').at(-1)!.id).toBe('job-other');
    expect(sortJobs(all, 'metrics', 'descending').at(-1)!.id).toBe('job-other');
    const losses = sortJobs([evaluate, cancelled, fit], 'metrics', 'ascending').map(
      (j) => j.epochMetrics.at(-1)?.values.loss ?? j.evaluation!.loss,
    );
    expect(losses).toEqual([...losses].sort((a, b) => a - b));
  });

  it('sorts text columns alphabetically, ignoring case', () => {
    expect(ids(sortJobs(all, 'notebook', 'ascending'))[0]).toBe(evaluate.id);
    expect(sortJobs(all, 'notebook', 'ascending').at(-1)!.notebookTitle).toBe('MNIST');
    expect(sortJobs(all, 'kind', 'descending').at(-1)!.kind).toBe('evaluate');
  });

  it('breaks ties newest first, so equal rows keep a stable order', () => {
    expect(ids(sortJobs([fit, cancelled], 'kind', 'ascending'))).toEqual(ids([cancelled, fit]));
    expect(ids(sortJobs([fit, cancelled], 'kind', 'descending'))).toEqual(ids([cancelled, fit]));
  });

  it('returns a copy, leaving the input as it was', () => {
    const input = [fit, evaluate];
    sortJobs(input, 'startedAt', 'descending');
    expect(input).toEqual([fit, evaluate]);
  });
});

describe('filterJobs', () => {
  it('keeps every job with an empty filter', () => {
    expect(filterJobs(all, {})).toEqual(all);
  });

  it('keeps jobs with the chosen status and notebook', () => {
    expect(ids(filterJobs(all, { status: 'succeeded' }))).toEqual(ids([evaluate, fit]));
    expect(ids(filterJobs(all, { notebookId: 'nbmnist' }))).toEqual(['job-other']);
    expect(filterJobs(all, { status: 'succeeded', notebookId: 'nbmnist' })).toEqual([]);
  });
});

describe('jobNotebooks', () => {
  it('lists each notebook with jobs once, by title', () => {
    expect(jobNotebooks(all)).toEqual([
      { id: fit.notebookId, title: fit.notebookTitle },
      { id: 'nbmnist', title: 'MNIST' },
    ]);
  });
});

describe('groupSweepJobs', () => {
  it('puts each configuration job right after its sweep, keeping the others in order', () => {
    const job = (id: string, sweepJobId?: string): JobRecord => ({ ...fit, id, sweepJobId });
    const grouped = groupSweepJobs([job('c1', 's'), job('a'), job('s'), job('c2', 's'), job('orphan', 'gone')]);
    expect(grouped.map((j) => j.id)).toEqual(['a', 's', 'c1', 'c2', 'orphan']);
  });
});
