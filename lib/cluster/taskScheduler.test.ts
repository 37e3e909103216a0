import { describe, expect, it } from 'vitest';
import { MAX_TASK_ATTEMPTS, TaskSet, type TaskSpec } from './taskScheduler';

/** Three shards of a 30-sample batch. */
const specs = (n = 3): TaskSpec<{ start: number; count: number }>[] =>
  Array.from({ length: n }, (_, i) => ({ taskId: `t${i}`, payload: { start: i * 10, count: 10 } }));

describe('TaskSet', () => {
  it('assigns pending tasks to idle executors in order, one each', () => {
    const set = new TaskSet(specs());
    const made = set.assign(['a', 'b'], 100);
    expect(made).toEqual([
      { taskId: 't0', executor: 'a', attempt: 1, payload: { start: 0, count: 10 } },
      { taskId: 't1', executor: 'b', attempt: 1, payload: { start: 10, count: 10 } },
    ]);
    expect(set.running()).toEqual([
      { taskId: 't0', executor: 'a' },
      { taskId: 't1', executor: 'b' },
    ]);
    expect(set.records()[0].attempts[0]).toEqual({ executor: 'a', attempt: 1, startedAt: 100 });
  });

  it('does not give a second task to an executor that is still busy, nor one twice when listed twice', () => {
    const set = new TaskSet(specs());
    set.assign(['a'], 0);
    expect(set.assign(['a', 'b', 'b'], 1).map((m) => [m.taskId, m.executor])).toEqual([['t1', 'b']]);
  });

  it('is done once every task has succeeded, and not before', () => {
    const set = new TaskSet(specs(2));
    set.assign(['a', 'b'], 0);
    expect(set.succeed('t0', 'a', 5)).toBe(true);
    expect(set.done).toBe(false);
    expect(set.succeed('t1', 'b', 6)).toBe(true);
    expect(set.done).toBe(true);
    expect(set.running()).toEqual([]);
    expect(set.records()[0].attempts[0]).toMatchObject({ endedAt: 5, outcome: 'succeeded' });
  });

  it('counts an empty stage as done', () => {
    expect(new TaskSet([]).done).toBe(true);
  });

  it('retries a failed task on another executor when one is idle', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    set.fail('t0', 'a', 'NaN in gradients', 1);
    expect(set.records()[0].state).toBe('pending');
    expect(set.assign(['a', 'b'], 2)).toEqual([{ taskId: 't0', executor: 'b', attempt: 2, payload: { start: 0, count: 10 } }]);
  });

  it('retries on the same executor when it is the only one left', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    set.fail('t0', 'a', 'boom', 1);
    expect(set.assign(['a'], 2).map((m) => [m.executor, m.attempt])).toEqual([['a', 2]]);
  });

  it('gives a lost executor’s running task back to pending and reassigns it', () => {
    const set = new TaskSet(specs(2));
    set.assign(['a', 'b'], 0);
    expect(set.executorLost('a', 7)).toEqual(['t0']);
    expect(set.records()[0]).toMatchObject({ state: 'pending', attempts: [{ executor: 'a', endedAt: 7, outcome: 'lost' }] });
    expect(set.assign(['c'], 8).map((m) => [m.taskId, m.executor, m.attempt])).toEqual([['t0', 'c', 2]]);
  });

  it('returns no tasks for a lost executor that was idle', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    expect(set.executorLost('b', 1)).toEqual([]);
  });

  it('rejects a late result from an executor declared lost, so the shard is counted once', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    set.executorLost('a', 1);
    expect(set.succeed('t0', 'a', 2)).toBe(false); // still pending: the late result is not taken
    set.assign(['b'], 3);
    expect(set.succeed('t0', 'a', 4)).toBe(false); // now running on b: still not taken
    expect(set.succeed('t0', 'b', 5)).toBe(true);
    expect(set.records()[0].attempts.map((a) => a.outcome)).toEqual(['lost', 'succeeded']);
  });

  it('accepts a task’s success exactly once', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    expect(set.succeed('t0', 'a', 1)).toBe(true);
    expect(set.succeed('t0', 'a', 2)).toBe(false);
    expect(set.fail('t0', 'a', 'late error', 3)).toBe(false);
    expect(set.records()[0].state).toBe('succeeded');
  });

  it('ignores a failure reported by a stale attempt', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    set.executorLost('a', 1);
    set.assign(['b'], 2);
    expect(set.fail('t0', 'a', 'worker crashed', 3)).toBe(false);
    expect(set.running()).toEqual([{ taskId: 't0', executor: 'b' }]);
  });

  it(`fails a task after ${MAX_TASK_ATTEMPTS} attempts, keeping the last error, and then assigns nothing`, () => {
    const set = new TaskSet(specs(2));
    const executors = ['a', 'b', 'c', 'd'];
    for (let i = 0; i < MAX_TASK_ATTEMPTS; i++) {
      const [first] = set.assign([executors[i]], i);
      expect(first).toMatchObject({ taskId: 't0', attempt: i + 1 });
      set.fail('t0', executors[i], `error ${i + 1}`, i);
    }
    const failed = set.failed;
    expect(failed?.spec.taskId).toBe('t0');
    expect(failed?.state).toBe('failed');
    expect(failed?.attempts.at(-1)?.error).toBe(`error ${MAX_TASK_ATTEMPTS}`);
    expect(set.done).toBe(false);
    expect(set.assign(['e'], 10)).toEqual([]);
  });

  it('counts lost attempts too, so a shard that kills its worker cannot kill them all', () => {
    const set = new TaskSet(specs(1), 2);
    set.assign(['a'], 0);
    set.executorLost('a', 1);
    set.assign(['b'], 2);
    set.executorLost('b', 3);
    expect(set.failed?.attempts.at(-1)?.error).toBe('executor b was lost while running task t0');
  });

  it('hands out copies of its records, so callers cannot change its state', () => {
    const set = new TaskSet(specs(1));
    set.assign(['a'], 0);
    set.records()[0].attempts[0].outcome = 'succeeded';
    expect(set.succeed('t0', 'a', 1)).toBe(true);
  });

  it('refuses duplicate task ids, unknown task ids and a maxAttempts below 1', () => {
    expect(() => new TaskSet([...specs(1), ...specs(1)])).toThrow(/"t0" is used twice/);
    expect(() => new TaskSet(specs(1)).succeed('nope', 'a', 0)).toThrow(/no task "nope"/);
    expect(() => new TaskSet(specs(1), 0)).toThrow(RangeError);
  });
});
