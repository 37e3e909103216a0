import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { JobRecord } from '@/lib/jobs/jobRecord';
import { ExperimentsList, sweepJobs } from './ExperimentsPage';

const job = (id: string, kind: JobRecord['kind'], sweep?: JobRecord['sweep']): JobRecord => ({
  id,
  kind,
  notebookId: 'nb-1',
  notebookTitle: 'MNIST sweep',
  cellId: 'c1',
  status: 'succeeded',
  startedAt: 0,
  endedAt: 65_000,
  updatedAt: 0,
  config: { executors: 2, backends: ['cpu'] },
  stepMetrics: [],
  epochMetrics: [],
  tasks: [],
  lostExecutors: [],
  sweep,
});

const sweep: NonNullable<JobRecord['sweep']> = {
  name: 'mnist-lr',
  jobId: 'job-s',
  grid: { learningRate: [0.01] },
  params: ['learningRate'],
  rows: [{ key: 'a', values: { learningRate: 0.01 }, accuracy: 0.97, seconds: 3, status: 'trained', reused: false }],
  trained: 1,
  reused: 0,
  diverged: 0,
  failed: 0,
  pending: 0,
  startedAt: 0,
};

describe('Experiments page', () => {
  it('keeps only sweep jobs that carry results, in the store’s order', () => {
    const list = [job('a', 'fit'), job('b', 'sweep', sweep), job('c', 'sweep'), job('d', 'sweep', sweep)];
    expect(sweepJobs(list).map((j) => j.id)).toEqual(['b', 'd']);
  });

  it('says how to get a first sweep when there is none', () => {
    expect(renderToStaticMarkup(<ExperimentsList sweeps={[]} />)).toContain('No sweeps yet — run spark.sweep in a notebook');
  });

  it('shows each sweep with its counts, its job, its notebook and its results', () => {
    const html = renderToStaticMarkup(<ExperimentsList sweeps={sweepJobs([job('job-s', 'sweep', sweep)])} />);
    expect(html).toContain('<h2 id="experiment-job-s">mnist-lr</h2>');
    expect(html).not.toContain('<strong>mnist-lr</strong>');
    expect(html).toContain('1 configuration: 0 reused, 1 trained');
    expect(html).toContain('took 1 min 05 s');
    expect(html).toContain('href="/jobs/job-s"');
    expect(html).toContain('href="/notebooks/nb-1">MNIST sweep</a>');
    expect(html).toContain('<caption>Sweep mnist-lr</caption>');
  });
});
