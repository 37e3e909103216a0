import { describe, expect, it } from 'vitest';
import type { TaskEvent } from './jobRecord';
import { formatOffset, timeTicks, timelineLayout } from './timelineLayout';
import { sampleJobs } from '../../testing/sampleJobs';

const task = (patch: Partial<TaskEvent>): TaskEvent => ({
  stage: 0,
  taskId: '0.0',
  executor: '1',
  attempt: 1,
  samples: 8,
  startedAt: 0,
  endedAt: 100,
  outcome: 'succeeded',
  ...patch,
});

describe('timelineLayout', () => {
  it('gives each executor a lane, in numeric order, labelled as the workers panel does', () => {
    const layout = timelineLayout([task({ executor: '10' }), task({ executor: '2' }), task({ executor: '1' })], 500);
    expect(layout.lanes.map((l) => l.label)).toEqual(['Worker 1', 'Worker 2', 'Worker 10']);
  });

  it('places bars by time, from the first start (x = 0) to the last end (x = width)', () => {
    const layout = timelineLayout(
      [task({ startedAt: 1000, endedAt: 1250 }), task({ taskId: '0.1', executor: '2', startedAt: 1500, endedAt: 2000 })],
      400,
    );
    expect(layout.start).toBe(1000);
    expect(layout.end).toBe(2000);
    const [one, two] = layout.lanes.map((l) => l.bars[0]);
    expect(one).toMatchObject({ x: 0, width: 100, durationMs: 250 });
    expect(two).toMatchObject({ x: 200, width: 200, durationMs: 500 });
  });

  it('flags lost attempts and the retries that replaced them', () => {
    const layout = timelineLayout(
      [
        task({ executor: '3', outcome: 'lost', endedAt: 60 }),
        task({ executor: '1', attempt: 2, startedAt: 70, endedAt: 140 }),
        task({ taskId: '0.1', executor: '2', outcome: 'failed', error: 'boom' }),
      ],
      140,
    );
    const bars = layout.lanes.flatMap((l) => l.bars);
    expect(bars.find((b) => b.executor === '3')).toMatchObject({ outcome: 'lost', retry: false });
    expect(bars.find((b) => b.executor === '1')).toMatchObject({ outcome: 'succeeded', retry: true, attempt: 2 });
    expect(bars.find((b) => b.executor === '2')).toMatchObject({ outcome: 'failed', error: 'boom' });
  });

  it('marks lost executors where they were lost, with a lane even if they ran nothing', () => {
    const layout = timelineLayout([task({ endedAt: 1000 })], 100, {
      lostExecutors: [{ executor: '4', at: 500, reason: 'killed' }],
    });
    expect(layout.lanes.map((l) => l.executor)).toEqual(['1', '4']);
    expect(layout.lanes[1].lost).toEqual({ at: 500, x: 50, reason: 'killed' });
  });

  it('draws an unfinished attempt to the job’s end as running', () => {
    const layout = timelineLayout([task({ endedAt: undefined, outcome: undefined, startedAt: 0 })], 100, { end: 400 });
    expect(layout.lanes[0].bars[0]).toMatchObject({ outcome: 'running', x: 0, width: 100, durationMs: 400 });
  });

  it('keeps a very short attempt visible and inside the plot', () => {
    const layout = timelineLayout(
      [task({ startedAt: 0, endedAt: 10_000 }), task({ taskId: '0.1', startedAt: 10_000, endedAt: 10_000 })],
      100,
      { minBarWidth: 2 },
    );
    const last = layout.lanes[0].bars[1];
    expect(last.width).toBe(2);
    expect(last.x + last.width).toBeLessThanOrEqual(100);
  });

  it('copes with no tasks and with one instant', () => {
    expect(timelineLayout([], 100).lanes).toEqual([]);
    const layout = timelineLayout([task({ startedAt: 5, endedAt: 5 })], 100);
    expect(Number.isFinite(layout.lanes[0].bars[0].x)).toBe(true);
  });

  it('lays out a sample job: three lanes, one lost attempt, one retry, a lost marker', () => {
    const job = sampleJobs(Date.UTC(2026, 0, 15))[2];
    const layout = timelineLayout(job.tasks, 800, { lostExecutors: job.lostExecutors, end: job.endedAt });
    expect(layout.lanes.map((l) => l.label)).toEqual(['Worker 1', 'Worker 2', 'Worker 3']);
    const bars = layout.lanes.flatMap((l) => l.bars);
    expect(bars).toHaveLength(job.tasks.length);
    expect(bars.filter((b) => b.outcome === 'lost')).toHaveLength(1);
    expect(bars.filter((b) => b.retry)).toHaveLength(1);
    expect(layout.lanes[2].lost?.reason).toBe('killed');
    for (const b of bars) expect(b.x + b.width).toBeLessThanOrEqual(800 + 1e-9);
  });
});

describe('timeTicks', () => {
  it('puts ticks at round offsets across the span', () => {
    const ticks = timeTicks(5570, 800);
    expect(ticks.map((t) => t.label)).toEqual(['0 s', '1 s', '2 s', '3 s', '4 s', '5 s']);
    expect(ticks.at(-1)!.x).toBeLessThanOrEqual(800);
  });

  it('uses milliseconds for short jobs', () => {
    expect(timeTicks(240, 600).map((t) => t.label)).toEqual(['0 s', '50 ms', '100 ms', '150 ms', '200 ms']);
  });

  it('counts long jobs in round minutes and hours, one unit per axis', () => {
    expect(timeTicks(7_000_000, 840).map((t) => t.label)).toEqual(['0 s', '30 min', '60 min', '90 min']);
    expect(timeTicks(10 * 3600_000, 600).map((t) => t.label)).toEqual(['0 s', '2 h', '4 h', '6 h', '8 h', '10 h']);
    expect(formatOffset(90_000, 30_000)).toBe('90 s');
    expect(formatOffset(1500, 500)).toBe('1.5 s');
  });
});
