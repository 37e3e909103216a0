/**
 * Drives one TaskSet over the live executors: hands pending tasks to idle executors, retries
 * a task whose executor died or threw (up to its attempt limit), and picks up executors that
 * join mid-stage. Resolves when every task has succeeded; rejects when one exhausts its
 * attempts, when no executor is left, or when the user interrupts.
 */
import { TaskSet } from '../../../lib/cluster/taskScheduler';
import type { ExecutorId } from '../../wire/kernelExecutorProtocol';
import { InterruptError, isInterrupted } from '../runtime/interrupt';
import { ExecutorLostError, NO_EXECUTOR_GRACE_MS, NO_EXECUTORS_MESSAGE, type ExecutorPool } from './executorPool';

export interface TaskRunOptions<P, R> {
  /** Runs one attempt of a task on an executor (load the model, send, await the reply). */
  execute(executor: ExecutorId, payload: P, attempt: number): Promise<R>;
  /** Called once per task, for the accepted result only (never twice for a sample). */
  onResult(taskId: string, executor: ExecutorId, result: R): void;
  /** Executors this stage may use (defaults to every executor in the pool). */
  eligible?(executor: ExecutorId): boolean;
}

export function runTaskSet<P, R>(pool: ExecutorPool, tasks: TaskSet<P>, options: TaskRunOptions<P, R>): Promise<void> {
  const busy = new Set<ExecutorId>();
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let emptyTimer: ReturnType<typeof setTimeout> | null = null;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      if (emptyTimer) clearTimeout(emptyTimer);
      if (error) reject(error);
      else resolve();
    };

    const pump = () => {
      if (settled) return;
      if (tasks.failed) {
        const last = tasks.failed.attempts.at(-1);
        return finish(
          new Error(
            `Task ${tasks.failed.spec.taskId} failed ${tasks.failed.attempts.length} times; last error on executor ${last?.executor}: ${last?.error ?? 'executor lost'}`,
          ),
        );
      }
      if (tasks.done) return finish();
      if (isInterrupted()) return finish(new InterruptError());
      if (pool.size() === 0 && busy.size === 0) {
        emptyTimer ??= setTimeout(() => {
          if (pool.size() === 0) finish(new Error(NO_EXECUTORS_MESSAGE));
        }, NO_EXECUTOR_GRACE_MS);
        return;
      }
      if (emptyTimer) {
        clearTimeout(emptyTimer);
        emptyTimer = null;
      }
      const idle = pool.ids().filter((id) => !busy.has(id) && (options.eligible?.(id) ?? true));
      if (!idle.length) return;
      for (const a of tasks.assign(idle, Date.now())) {
        const executor = a.executor as ExecutorId;
        busy.add(executor);
        options.execute(executor, a.payload, a.attempt).then(
          (result) => {
            busy.delete(executor);
            if (tasks.succeed(a.taskId, executor, Date.now())) options.onResult(a.taskId, executor, result);
            pump();
          },
          (error: Error) => {
            busy.delete(executor);
            if (error instanceof ExecutorLostError) tasks.executorLost(executor, Date.now());
            else tasks.fail(a.taskId, executor, error?.message ?? String(error), Date.now());
            pump();
          },
        );
      }
    };

    // Membership changes (a worker joins, dies or is removed) may free or add capacity.
    const unsubscribe = pool.subscribe(() => queueMicrotask(pump));
    // Interrupt arrives as a flag; poll it so a stage waiting on slow tasks still stops.
    const poll = setInterval(() => {
      if (settled) clearInterval(poll);
      else if (isInterrupted()) {
        clearInterval(poll);
        finish(new InterruptError());
      }
    }, 100);
    pump();
  });
}
