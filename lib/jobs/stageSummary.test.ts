import { describe, expect, it } from 'vitest';
import { stageSummary } from './stageSummary';
import { sampleJobs } from './sampleJobs';

const [evaluate, , fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('stageSummary', () => {
  it('has one row per stage, in order', () => {
    const stages = stageSummary(fit.tasks);
    expect(stages.map((s) => s.stage)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('counts a retried task once among tasks and twice among attempts', () => {
    const stage = stageSummary(fit.tasks).find((s) => s.stage === 22)!;
    expect(stage).toMatchObject({ tasks: 3, attempts: 4, lost: 1, failed: 0, samples: 24 });
  });

  it('measures a stage from its first start to its last end', () => {
    const [stage] = stageSummary(evaluate.tasks);
    const starts = evaluate.tasks.map((t) => t.startedAt);
    const ends = evaluate.tasks.map((t) => t.endedAt!);
    expect(stage.durationMs).toBe(Math.max(...ends) - Math.min(...starts));
  });

  it('leaves the duration open while an attempt runs', () => {
    const [stage] = stageSummary([{ ...evaluate.tasks[0], endedAt: undefined, outcome: undefined }]);
    expect(stage.durationMs).toBeUndefined();
  });
});
