import { describe, expect, it } from 'vitest';
import type { TaskEvent } from './jobRecord';
import { epochSummary, stageSummary } from './stageSummary';
import { sampleJobs } from '../../testing/sampleJobs';

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

describe('epochSummary', () => {
  const task = (
    stage: number,
    epoch: number | undefined,
    taskId: string,
    attempt = 1,
    outcome: TaskEvent['outcome'] = 'succeeded',
  ): TaskEvent => ({
    stage,
    epoch,
    taskId,
    executor: '1',
    attempt,
    samples: 10,
    startedAt: 1000 + stage * 100 + attempt,
    endedAt: 1050 + stage * 100 + attempt,
    outcome,
  });

  it("adds up each epoch's stages, counting a retried task once", () => {
    const tasks = [
      task(0, 0, '0.0'),
      task(0, 0, '0.1'),
      task(1, 0, '1.0'),
      task(1, 0, '1.1', 1, 'lost'),
      task(1, 0, '1.1', 2),
      task(2, 1, '2.0'),
    ];
    expect(epochSummary(tasks)).toEqual([
      { epoch: 0, stages: 2, tasks: 4, attempts: 5, failed: 0, lost: 1, samples: 40, durationMs: 1152 - 1001 },
      { epoch: 1, stages: 1, tasks: 1, attempts: 1, failed: 0, lost: 0, samples: 10, durationMs: 50 },
    ]);
  });

  it('is null for tasks without epochs (inference, older records)', () => {
    expect(epochSummary([task(0, undefined, '0.0')])).toBeNull();
    expect(epochSummary([])).toBeNull();
  });
});
