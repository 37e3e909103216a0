import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobDelta } from '../../../lib/jobs/jobDelta';
import { JOB_EVENT_INTERVAL_MS, JobEventBatcher } from './jobEventBatcher';

afterEach(() => vi.useRealTimers());

function batcher() {
  const posts: JobDelta[][] = [];
  const events = new JobEventBatcher((deltas) => posts.push(structuredClone(deltas)));
  return { events, posts };
}

const addStep = (step: number) => (d: JobDelta) =>
  ((d.added ??= {}).stepMetrics ??= []).push({ step, epoch: 0, values: { loss: 1 / step } });

describe('JobEventBatcher', () => {
  it('posts the first change at once, then gathers a burst into one message per interval', async () => {
    vi.useFakeTimers();
    const { events, posts } = batcher();
    events.edit('j', addStep(1));
    expect(posts).toHaveLength(1);
    for (let s = 2; s <= 1000; s++) events.edit('j', addStep(s));
    expect(posts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(JOB_EVENT_INTERVAL_MS);
    expect(posts).toHaveLength(2);
    // Only the new points travel, all of them, in order.
    expect(posts[1]).toHaveLength(1);
    expect(posts[1][0].added!.stepMetrics!.map((p) => p.step)).toEqual(Array.from({ length: 999 }, (_, i) => i + 2));
    await vi.advanceTimersByTimeAsync(JOB_EVENT_INTERVAL_MS * 4);
    expect(posts).toHaveLength(2);
  });

  it('puts every job that changed into the same message, one delta each', async () => {
    vi.useFakeTimers();
    const { events, posts } = batcher();
    events.edit('a', addStep(1));
    events.edit('b', addStep(1));
    events.edit('a', addStep(2));
    events.edit('c', addStep(1));
    await vi.advanceTimersByTimeAsync(JOB_EVENT_INTERVAL_MS);
    expect(posts.map((p) => p.map((d) => d.jobId))).toEqual([['a'], ['b', 'a', 'c']]);
    expect(posts[1][1].added!.stepMetrics!.map((p) => p.step)).toEqual([2]);
  });

  it('posts a change asked for now at once, with every pending one before it', () => {
    vi.useFakeTimers();
    const { events, posts } = batcher();
    events.edit('a', addStep(1));
    events.edit('a', addStep(2));
    events.edit('b', (d) => (d.end = { status: 'succeeded', endedAt: 5 }), true);
    expect(posts).toEqual([
      [{ jobId: 'a', added: { stepMetrics: [{ step: 1, epoch: 0, values: { loss: 1 } }] } }],
      [
        { jobId: 'a', added: { stepMetrics: [{ step: 2, epoch: 0, values: { loss: 0.5 } }] } },
        { jobId: 'b', end: { status: 'succeeded', endedAt: 5 } },
      ],
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
