import { describe, expect, it } from 'vitest';
import { abortRun, arriveAndWait, RunAbortedError, startRun } from './sharedBarrier';
import { Control, CONTROL_WORDS } from './sharedLayout';

const control = () => new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));

describe('arriveAndWait', () => {
  it('releases every member only when the last one arrives, after its commit ran', async () => {
    const c = control();
    const generation = startRun(c);
    const seen: string[] = [];
    const first = arriveAndWait(c, 3, generation).then(() => seen.push(`a:${Atomics.load(c, Control.committedSteps)}`));
    const second = arriveAndWait(c, 3, generation).then(() => seen.push(`b:${Atomics.load(c, Control.committedSteps)}`));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    await arriveAndWait(c, 3, generation, () => Atomics.store(c, Control.committedSteps, 1));
    await Promise.all([first, second]);
    expect(seen.sort()).toEqual(['a:1', 'b:1']);
  });

  it('can be passed again and again by the same members', async () => {
    const c = control();
    const generation = startRun(c);
    const member = async (log: number[]) => {
      for (let step = 0; step < 50; step++) {
        log.push(step);
        await arriveAndWait(c, 2, generation);
      }
    };
    const a: number[] = [];
    const b: number[] = [];
    await Promise.all([member(a), member(b)]);
    expect(a.length + b.length).toBe(100);
    expect(Atomics.load(c, Control.barrierPhase)).toBe(50);
  });

  it('wakes a waiting member with RunAbortedError when its run is aborted', async () => {
    const c = control();
    const generation = startRun(c);
    const waiting = arriveAndWait(c, 2, generation);
    setTimeout(() => abortRun(c, generation), 10);
    await expect(waiting).rejects.toBeInstanceOf(RunAbortedError);
    await expect(arriveAndWait(c, 2, generation)).rejects.toThrow(/aborted/);
  });

  it('ignores the abort of an earlier run once a new run starts', async () => {
    const c = control();
    const old = startRun(c);
    abortRun(c, old);
    const generation = startRun(c);
    await Promise.all([arriveAndWait(c, 2, generation), arriveAndWait(c, 2, generation)]);
  });

  it('does not count an arrival from an earlier run (a terminated worker running on for a moment)', async () => {
    const c = control();
    const old = startRun(c);
    const generation = startRun(c);
    await expect(arriveAndWait(c, 1, old)).rejects.toBeInstanceOf(RunAbortedError);
    // The stale arrival left the new run's count alone: one member completes it on its own.
    await arriveAndWait(c, 1, generation);
    expect(Atomics.load(c, Control.barrierPhase)).toBe(1);
  });
});
