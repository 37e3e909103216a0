import { describe, expect, it } from 'vitest';
import { ClassificationSchema, RegressionSchema } from '../outputs/mime';
import { evaluationViewData } from './evaluationData';
import { sampleJobs } from '../../testing/sampleJobs';

describe('evaluationViewData', () => {
  it('turns a saved classification into a valid classification payload tagged with the job', () => {
    const job = sampleJobs(Date.UTC(2026, 0, 15))[0];
    const view = evaluationViewData(job.evaluation!, job.id);
    expect(view.kind).toBe('classification');
    expect(ClassificationSchema.parse(view.data)).toMatchObject({ jobId: job.id, accuracy: 28 / 30, loss: 0.1284 });
  });

  it('turns a saved regression into a valid regression payload', () => {
    const view = evaluationViewData({ kind: 'regression', loss: 0.5, mse: 0.5, mae: 0.6, rmse: 0.707, r2: 0.9, count: 10 }, 'job-r');
    expect(view.kind).toBe('regression');
    expect(RegressionSchema.parse(view.data)).toEqual({ loss: 0.5, mse: 0.5, mae: 0.6, rmse: 0.707, r2: 0.9, count: 10, jobId: 'job-r' });
  });

  it('leaves the job id out when none is given (on the job’s own page)', () => {
    const job = sampleJobs(Date.UTC(2026, 0, 15))[0];
    expect(evaluationViewData(job.evaluation!).data).not.toHaveProperty('jobId');
  });
});
