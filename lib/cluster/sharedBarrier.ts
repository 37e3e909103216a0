/**
 * A barrier among the executors of one run, on two words of the job's control block: a count of
 * arrivals and a phase that the last arrival bumps. Waiting is asynchronous (Atomics.waitAsync),
 * so a waiting executor's thread is not blocked, and executors that share one thread (the
 * in-process test cluster) can wait on each other. An abort (a member died or failed) wakes every
 * waiter, which then throws RunAbortedError instead of waiting for a member that will never come.
 */
import { Control } from './sharedLayout';

/** The run was aborted while this executor was in it; the driver will redo the step. */
export class RunAbortedError extends Error {
  constructor(readonly generation: number) {
    super(`The run (generation ${generation}) was aborted: an executor was lost or failed.`);
    this.name = 'RunAbortedError';
  }
}

/** How long one wait sleeps before it re-checks the abort word (a missed notify can't hang a run). */
const WAKE_CHECK_MS = 250;

/**
 * How long a waiter spins before it sleeps: members often arrive within a few microseconds of
 * each other, and waking a sleeping worker takes a task on its event loop.
 */
const SPIN_MS = 0.25;

type WaitAsync = (typed: Int32Array, index: number, value: number, timeout?: number) => { async: boolean; value: Promise<string> | string };

export function isAborted(control: Int32Array, generation: number): boolean {
  return Atomics.load(control, Control.abort) === generation;
}

/** Stops every executor of run `generation` at its next barrier (or wakes it there). */
export function abortRun(control: Int32Array, generation: number) {
  Atomics.store(control, Control.abort, generation);
  Atomics.notify(control, Control.barrierPhase);
}

/**
 * The barrier's count word holds the run's generation in its high bits and the arrivals in its
 * low 16, so an arrival from an earlier run can't count towards this one: a terminated worker
 * may run on for a moment after the driver has moved on without it.
 */
const ARRIVALS_BITS = 16;
const ARRIVALS_MASK = (1 << ARRIVALS_BITS) - 1;
const tagOf = (generation: number) => (generation & 0x7fff) << ARRIVALS_BITS;

/** Resets the barrier and the stop words before the driver starts a new run; returns its generation. */
export function startRun(control: Int32Array): number {
  const generation = Atomics.add(control, Control.generation, 1) + 1;
  Atomics.store(control, Control.stopRequest, 0);
  Atomics.store(control, Control.halt, 0);
  Atomics.store(control, Control.abort, 0);
  Atomics.store(control, Control.barrierCount, tagOf(generation));
  return generation;
}

/** Counts this executor in; the arrivals so far, including it. Throws for a run that is over. */
function arrive(control: Int32Array, generation: number): number {
  const tag = tagOf(generation);
  for (;;) {
    const count = Atomics.load(control, Control.barrierCount);
    if ((count & ~ARRIVALS_MASK) !== tag) throw new RunAbortedError(generation);
    if (Atomics.compareExchange(control, Control.barrierCount, count, count + 1) === count) return (count & ARRIVALS_MASK) + 1;
  }
}

/**
 * Arrives at the barrier of `world` executors and resolves when all have arrived. The last one
 * to arrive runs `onComplete` before releasing the others, so what it writes there (the commit of
 * a step) is seen by every executor after the barrier.
 */
export async function arriveAndWait(control: Int32Array, world: number, generation: number, onComplete?: () => void): Promise<void> {
  if (isAborted(control, generation)) throw new RunAbortedError(generation);
  const phase = Atomics.load(control, Control.barrierPhase);
  if (arrive(control, generation) === world) {
    onComplete?.();
    Atomics.store(control, Control.barrierCount, tagOf(generation));
    Atomics.add(control, Control.barrierPhase, 1);
    Atomics.notify(control, Control.barrierPhase);
    return;
  }
  const spinUntil = performance.now() + SPIN_MS;
  while (Atomics.load(control, Control.barrierPhase) === phase && performance.now() < spinUntil);
  const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;
  while (Atomics.load(control, Control.barrierPhase) === phase) {
    if (isAborted(control, generation)) throw new RunAbortedError(generation);
    const result = waitAsync(control, Control.barrierPhase, phase, WAKE_CHECK_MS);
    if (result.async) await result.value;
  }
}

/** Whether this environment can run the shared-memory path at all. */
export function sharedMemoryAvailable(): boolean {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return (
    typeof SharedArrayBuffer !== 'undefined' &&
    typeof (Atomics as unknown as { waitAsync?: unknown }).waitAsync === 'function' &&
    // Browsers only hand SharedArrayBuffers between threads when the page is cross-origin isolated;
    // Node has no such flag and always can.
    isolated !== false
  );
}
