import { describe, expect, it } from 'vitest';
import { jobRecordSchema } from '../lib/jobs/jobRecord';
import { sampleJobs } from './sampleJobs';

const NOW = Date.UTC(2026, 0, 15, 12);

describe('sampleJobs', () => {
  it('are valid job records, newest first, all finished before now', () => {
    const jobs = sampleJobs(NOW);
    expect(jobs).toHaveLength(3);
    for (const job of jobs) {
      expect(jobRecordSchema.parse(job)).toEqual(job);
      expect(job.endedAt).toBeLessThan(NOW);
    }
    expect(jobs.map((j) => j.startedAt)).toEqual([...jobs.map((j) => j.startedAt)].sort((a, b) => b - a));
  });

  it('are the same for the same now, and have unique ids', () => {
    expect(sampleJobs(NOW)).toEqual(sampleJobs(NOW));
    expect(new Set(sampleJobs(NOW).map((j) => j.id)).size).toBe(3);
  });

  it('cover what the job history must show: a lost executor, a retry, validation, an evaluation', () => {
    const [evaluate, cancelled, fit] = sampleJobs(NOW);
    expect(fit.lostExecutors).toHaveLength(1);
    expect(fit.tasks.some((t) => t.outcome === 'lost')).toBe(true);
    expect(fit.tasks.some((t) => t.attempt === 2)).toBe(true);
    expect(fit.stepMetrics).toHaveLength(50);
    expect(fit.epochMetrics[0].values).toHaveProperty('val_loss');
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.tasks.some((t) => t.outcome === 'failed')).toBe(true);
    expect(evaluate.evaluation?.kind).toBe('classification');
  });

  it('never lets a lost executor run a task after it was lost', () => {
    const fit = sampleJobs(NOW)[2];
    const lost = fit.lostExecutors[0];
    expect(fit.tasks.filter((t) => t.executor === lost.executor && t.startedAt > lost.at)).toEqual([]);
  });
});
