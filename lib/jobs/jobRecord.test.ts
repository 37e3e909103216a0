import { describe, expect, it } from 'vitest';
import { ORPHAN_AFTER_MS, jobRecordSchema, settleOrphan, type JobRecord } from './jobRecord';

const job: JobRecord = {
  id: 'job-1',
  kind: 'fit',
  notebookId: 'nb1',
  notebookTitle: 'Iris',
  cellId: 'c1',
  status: 'running',
  startedAt: 1000,
  updatedAt: 2000,
  config: { executors: 2, backends: ['wasm'] },
  stepMetrics: [{ step: 1, epoch: 0, values: { loss: 1.2 } }],
  epochMetrics: [],
  tasks: [],
  lostExecutors: [],
};

describe('job records', () => {
  it('validate against the schema', () => {
    expect(jobRecordSchema.parse(job)).toEqual(job);
  });

  it('shows a running job whose page went quiet as failed', () => {
    const settled = settleOrphan(job, 2000 + ORPHAN_AFTER_MS + 1);
    expect(settled.status).toBe('failed');
    expect(settled.error).toMatch(/closed/);
  });

  it('leaves a running job with a recent heartbeat, and finished jobs, alone', () => {
    expect(settleOrphan(job, 2500)).toBe(job);
    const done = { ...job, status: 'succeeded' as const };
    expect(settleOrphan(done, 10 ** 9)).toBe(done);
  });
});
