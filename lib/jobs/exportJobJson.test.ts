import { describe, expect, it } from 'vitest';
import { exportJobJson, jobFileName } from './exportJobJson';
import { jobRecordSchema, type JobRecord } from './jobRecord';
import { sampleJobs } from '../../testing/sampleJobs';

const [evaluate, , fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('exportJobJson', () => {
  it('writes pretty JSON that reads back as the same job', () => {
    const text = exportJobJson(fit);
    expect(text).toMatch(/^\{\n {2}"id": "job-/);
    expect(jobRecordSchema.parse(JSON.parse(text))).toEqual(fit);
  });

  it('keeps the evaluation', () => {
    expect(JSON.parse(exportJobJson(evaluate)).evaluation).toEqual(evaluate.evaluation);
  });

  it('refuses a record that would not read back, naming the field', () => {
    const broken = { ...fit, tasks: [{ ...fit.tasks[0], samples: 'eight' }] } as unknown as JobRecord;
    expect(() => exportJobJson(broken)).toThrow(/can't be exported: tasks\[0\]\.samples/);
  });
});

describe('jobFileName', () => {
  it('is the job id with .json, safe for any file system', () => {
    expect(jobFileName({ id: 'job-mk1-3' })).toBe('job-mk1-3.json');
    expect(jobFileName({ id: 'a/b:c' })).toBe('a_b_c.json');
  });
});
