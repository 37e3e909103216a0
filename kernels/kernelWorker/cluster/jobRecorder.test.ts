import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCellId } from '../../../lib/notebook/ids';
import { recordingJobEvents } from '../../../testing/jobEvents';
import { JOB_EVENT_INTERVAL_MS } from './jobEventBatcher';
import { JobRecorder, STEPS_PER_STRIDE } from './jobRecorder';

afterEach(() => vi.useRealTimers());

const cell = asCellId('c1');

describe('JobRecorder', () => {
  it('reports a job from start to end as deltas the page folds into the whole record', async () => {
    vi.useFakeTimers();
    const { events, posts, records } = recordingJobEvents();
    const job = new JobRecorder(events, 'j1', 'fit', cell);
    // The start goes at once, so the panel shows the job without waiting.
    expect(posts).toEqual([[{ jobId: 'j1', start: { kind: 'fit', cellId: 'c1', startedAt: expect.any(Number) } }]]);
    job.configure({ executors: 2, backends: ['cpu'], epochs: 2 });
    for (let s = 1; s <= 10; s++) {
      job.step(s, s > 5 ? 1 : 0, { loss: 1 / s });
      job.tasks([
        { stage: s, taskId: `${s}.0`, executor: '1', attempt: 1, samples: 4, startedAt: s, endedAt: s + 1, outcome: 'succeeded' },
      ]);
      job.position({ step: s, totalSteps: 10, epoch: s > 5 ? 2 : 1, epochs: 2 });
      if (s === 5 || s === 10) job.epoch(s, s > 5 ? 1 : 0, { loss: 1 / s, val_loss: 2 / s });
    }
    job.lost('2', 'killed');
    job.finish('succeeded');
    // Ten steps and their tasks went in one message, not ten; the end flushed at once.
    expect(posts).toHaveLength(2);
    expect(posts[1][0]).toMatchObject({
      jobId: 'j1',
      position: { step: 10, totalSteps: 10, epoch: 2, epochs: 2 },
      end: { status: 'succeeded' },
    });
    const record = records.get('j1')!;
    expect(record).toMatchObject({
      status: 'succeeded',
      config: { executors: 2, epochs: 2 },
      lostExecutors: [{ executor: '2', reason: 'killed' }],
    });
    expect(record.stepMetrics.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(record.tasks).toHaveLength(10);
    expect(record.epochMetrics.map((p) => p.values.val_loss)).toEqual([0.4, 0.2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends fewer step points the longer a job runs, ending on its last step', () => {
    const { events, records } = recordingJobEvents();
    const job = new JobRecorder(events, 'j', 'fit', cell);
    const steps = STEPS_PER_STRIDE * 7 + 3;
    for (let s = 1; s <= steps; s++) job.step(s, 0, { loss: 1 });
    job.finish('succeeded');
    const kept = records.get('j')!.stepMetrics.map((p) => p.step);
    // Every step at first, then every 2nd, every 4th: STEPS_PER_STRIDE points per stride.
    expect(kept.slice(0, STEPS_PER_STRIDE)).toEqual(Array.from({ length: STEPS_PER_STRIDE }, (_, i) => i + 1));
    expect(kept[STEPS_PER_STRIDE + 1] - kept[STEPS_PER_STRIDE]).toBe(2);
    expect(kept.at(-2)! - kept.at(-3)!).toBe(4);
    expect(kept.length).toBeLessThan(STEPS_PER_STRIDE * 3 + 2);
    expect(kept.at(-1)).toBe(steps);
  });

  it('on a restart drops the lost attempt’s unsent points and tells the page to clear the series', async () => {
    vi.useFakeTimers();
    const { events, records } = recordingJobEvents();
    const job = new JobRecorder(events, 'j', 'fit', cell);
    job.epoch(1, 0, { loss: 3 });
    await vi.advanceTimersByTimeAsync(JOB_EVENT_INTERVAL_MS);
    job.epoch(2, 1, { loss: 2 });
    job.tasks([{ stage: 0, taskId: '0.0', executor: '1', attempt: 1, samples: 4, startedAt: 1, endedAt: 2, outcome: 'lost' }]);
    job.restart();
    job.epoch(1, 0, { loss: 2.5 });
    job.finish('succeeded');
    const record = records.get('j')!;
    expect(record.epochMetrics).toEqual([{ step: 1, epoch: 0, values: { loss: 2.5 } }]);
    expect(record.tasks.map((t) => t.outcome)).toEqual(['lost']);
  });

  it('copies the logs it is given, so a caller reusing its object does not change what was sent', () => {
    const { events, records } = recordingJobEvents();
    const job = new JobRecorder(events, 'j', 'fit', cell);
    const logs = { loss: 1 };
    job.step(1, 0, logs);
    logs.loss = 99;
    job.finish('succeeded');
    expect(records.get('j')!.stepMetrics[0].values.loss).toBe(1);
  });
});
