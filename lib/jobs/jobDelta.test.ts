import { describe, expect, it } from 'vitest';
import { applyJobDelta, isEmptyChunk, jobDeltaSchema } from './jobDelta';

const start = { jobId: 'j', start: { kind: 'fit' as const, cellId: 'c1', startedAt: 1 } };

describe('applyJobDelta', () => {
  it('needs the job’s start before anything else', () => {
    expect(applyJobDelta(undefined, { jobId: 'j', added: { tasks: [] } })).toBeUndefined();
    expect(applyJobDelta(undefined, start)).toMatchObject({ id: 'j', kind: 'fit', status: 'running', stepMetrics: [] });
  });

  it('returns a new record and leaves the one it was given alone', () => {
    const first = applyJobDelta(undefined, { ...start, added: { stepMetrics: [{ step: 1, epoch: 0, values: { loss: 1 } }] } })!;
    const second = applyJobDelta(first, {
      jobId: 'j',
      added: { restart: true, stepMetrics: [{ step: 1, epoch: 0, values: { loss: 2 } }] },
      end: { status: 'cancelled', endedAt: 3 },
    })!;
    expect(first.stepMetrics[0].values.loss).toBe(1);
    expect(first.status).toBe('running');
    expect(second).toMatchObject({ status: 'cancelled', endedAt: 3, stepMetrics: [{ values: { loss: 2 } }] });
  });
});

describe('jobDeltaSchema', () => {
  it('refuses an end that says the job is still running', () => {
    expect(jobDeltaSchema.safeParse({ jobId: 'j', end: { status: 'running', endedAt: 1 } }).success).toBe(false);
  });
});

describe('isEmptyChunk', () => {
  it('sees a restart alone as something to store', () => {
    expect(isEmptyChunk(undefined)).toBe(true);
    expect(isEmptyChunk({ stepMetrics: [], tasks: [] })).toBe(true);
    expect(isEmptyChunk({ restart: true })).toBe(false);
  });
});
