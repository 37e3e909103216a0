/**
 * One run of a shared-memory job (kernel thread): send every member its train-steps command and
 * wait for all of them, while watching for what ends a run early — a member lost (abort: the
 * others must not wait for it at a barrier), a newcomer (stop at the next step boundary so the
 * next run includes it), an Interrupt (stop at the next step boundary).
 */
import { abortRun, startRun } from '../../../lib/cluster/sharedBarrier';
import { Control } from '../../../lib/cluster/sharedLayout';
import type { ExecutorId, StepRecord, TrainStepsCommand } from '../../wire/kernelExecutorProtocol';
import { isInterrupted } from '../runtime/interrupt';
import { ExecutorLostError, NO_EXECUTOR_GRACE_MS, NO_EXECUTORS_MESSAGE, TaskFailedError, type ExecutorPool } from './executorPool';

/** How one run ended, from the driver's side. */
export interface RunOutcome {
  lost: { executor: ExecutorId; rank: number; reason: string }[];
  failed: { executor: ExecutorId; rank: number; message: string }[];
  interrupted: boolean;
}

export interface RunSetup {
  control: Int32Array;
  /** At most this many members train at once: a newcomer beyond it doesn't stop the run. */
  limit: number;
  command(generation: number, rank: number, world: number): TrainStepsCommand;
  onStep(record: StepRecord, world: number): void;
  onDriverTime(ms: number): void;
}

/** The pool's executors, waiting a moment for one to join when there are none. */
export async function someExecutors(pool: ExecutorPool): Promise<ExecutorId[]> {
  if (pool.size() > 0) return pool.ids();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(NO_EXECUTORS_MESSAGE));
    }, NO_EXECUTOR_GRACE_MS);
    const stop = pool.subscribe(() => {
      if (pool.size() === 0) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
  return pool.ids();
}

/** Runs `members` through one train-steps command each; resolves when every member has answered. */
export async function runMembers(pool: ExecutorPool, members: ExecutorId[], setup: RunSetup): Promise<RunOutcome> {
  const started = performance.now();
  const { control, limit } = setup;
  const generation = startRun(control);
  const outcome: RunOutcome = { lost: [], failed: [], interrupted: false };
  const stopLost = pool.onLost((id, reason) => {
    const rank = members.indexOf(id);
    if (rank < 0) return;
    outcome.lost.push({ executor: id, rank, reason });
    abortRun(control, generation);
  });
  // A newcomer joins at the next step boundary (while there are cores for it): the members stop
  // there and a new run includes it.
  const stopJoin = pool.subscribe(() => {
    if (members.length < limit && pool.ids().some((id) => !members.includes(id))) Atomics.store(control, Control.stopRequest, 1);
  });
  const poll = setInterval(() => {
    if (!isInterrupted()) return;
    outcome.interrupted = true;
    Atomics.store(control, Control.stopRequest, 1);
  }, 50);
  const replies = members.map((id, rank) =>
    pool
      .request(id, { type: 'train-steps', ...setup.command(generation, rank, members.length) }, [], (progress) => {
        if (progress.type === 'step-records') for (const record of progress.records) setup.onStep(record, members.length);
      })
      .catch((error: Error) => {
        // Whatever became of it (lost before or after the command, failed to start), the others
        // must not wait for it at a barrier.
        abortRun(control, generation);
        throw error;
      }),
  );
  setup.onDriverTime(performance.now() - started);
  const settled = await Promise.allSettled(replies);
  clearInterval(poll);
  stopJoin();
  stopLost();
  settled.forEach((result, rank) => {
    if (result.status === 'fulfilled') return;
    const executor = members[rank];
    const error = result.reason as Error;
    if (error instanceof ExecutorLostError) {
      if (!outcome.lost.some((l) => l.executor === executor)) outcome.lost.push({ executor, rank, reason: error.message });
    } else {
      outcome.failed.push({ executor, rank, message: error instanceof TaskFailedError ? error.message : String(error?.message ?? error) });
    }
  });
  if (isInterrupted()) outcome.interrupted = true;
  return outcome;
}
