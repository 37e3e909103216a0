/**
 * The tasks of one stage (one step's shards, or one averaging round) and their attempts: a
 * simplified Spark TaskSetManager. No timers and no I/O; the driver tells it what happened.
 */

/** Identifies an executor (kernels/wire/kernelExecutorProtocol's ExecutorId fits). */
export type ExecutorKey = string;

/** A unit of work: one shard of one stage. */
export interface TaskSpec<P> {
  taskId: string;
  payload: P;
}

/** Where a task stands; 'failed' is final and aborts the stage. */
export type TaskState = 'pending' | 'running' | 'succeeded' | 'failed';

/** One try of a task on one executor; `outcome` is absent while it runs. */
export interface TaskAttempt {
  executor: ExecutorKey;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  startedAt: number;
  endedAt?: number;
  outcome?: 'succeeded' | 'failed' | 'lost';
  error?: string;
}

/** A task and every attempt made at it, oldest first. */
export interface TaskRecord<P> {
  spec: TaskSpec<P>;
  state: TaskState;
  attempts: TaskAttempt[];
}

/** One task handed to one executor by TaskSet.assign. */
export interface TaskAssignment<P> {
  taskId: string;
  executor: ExecutorKey;
  attempt: number;
  payload: P;
}

/** Attempts per task before the stage fails (Spark's spark.task.maxFailures default). */
export const MAX_TASK_ATTEMPTS = 4;

/**
 * The tasks of one stage. A lost executor's attempt counts towards `maxAttempts`: a shard that
 * crashes its worker (out of memory, say) must not go on to crash every other worker in turn.
 */
export class TaskSet<P> {
  private readonly tasks = new Map<string, TaskRecord<P>>();
  private firstFailed: TaskRecord<P> | undefined;

  constructor(
    specs: TaskSpec<P>[],
    private readonly maxAttempts: number = MAX_TASK_ATTEMPTS,
  ) {
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
      throw new RangeError(`TaskSet: maxAttempts must be an integer ≥ 1 (got ${maxAttempts})`);
    }
    for (const spec of specs) {
      if (this.tasks.has(spec.taskId)) throw new Error(`TaskSet: task id "${spec.taskId}" is used twice`);
      this.tasks.set(spec.taskId, { spec, state: 'pending', attempts: [] });
    }
  }

  /**
   * Assigns pending tasks to the given idle executors (one task each, in order); returns the
   * assignments made. A retry prefers an executor it has not already failed on. Assigns nothing
   * once a task has failed for good (the stage is aborted).
   */
  assign(idle: ExecutorKey[], now: number): TaskAssignment<P>[] {
    if (this.firstFailed) return [];
    const busy = new Set(this.running().map((r) => r.executor));
    const free = [...new Set(idle)].filter((e) => !busy.has(e));
    const pending = [...this.tasks.values()].filter((t) => t.state === 'pending');
    const made: TaskAssignment<P>[] = [];
    const take = (executor: ExecutorKey, record: TaskRecord<P>) => {
      const attempt = record.attempts.length + 1;
      record.attempts.push({ executor, attempt, startedAt: now });
      record.state = 'running';
      pending.splice(pending.indexOf(record), 1);
      made.push({ taskId: record.spec.taskId, executor, attempt, payload: record.spec.payload });
    };
    // First pass: only executors the task hasn't gone wrong on; second pass: anyone left.
    const stillFree: ExecutorKey[] = [];
    for (const executor of free) {
      const fresh = pending.find((t) => !t.attempts.some((a) => a.executor === executor));
      if (fresh) take(executor, fresh);
      else stillFree.push(executor);
    }
    for (const executor of stillFree) {
      if (pending.length > 0) take(executor, pending[0]);
    }
    return made;
  }

  /**
   * Records a task's result. Returns false, and changes nothing, when the result comes from an
   * attempt that is no longer current (its executor was declared lost, or the task already
   * succeeded): the caller must then discard it, so no sample is counted twice.
   */
  succeed(taskId: string, executor: ExecutorKey, now: number): boolean {
    const current = this.currentAttempt(this.record(taskId), executor);
    if (!current) return false;
    current.endedAt = now;
    current.outcome = 'succeeded';
    this.record(taskId).state = 'succeeded';
    return true;
  }

  /**
   * Records a failed attempt: the task goes back to pending, or to 'failed' once it has used
   * all its attempts. Returns false, changing nothing, for a stale attempt (as succeed does).
   */
  fail(taskId: string, executor: ExecutorKey, error: string, now: number): boolean {
    const record = this.record(taskId);
    const current = this.currentAttempt(record, executor);
    if (!current) return false;
    current.endedAt = now;
    current.outcome = 'failed';
    current.error = error;
    this.retryOrGiveUp(record);
    return true;
  }

  /** An executor died: its running task goes back to pending (outcome 'lost'). Returns the task ids affected. */
  executorLost(executor: ExecutorKey, now: number): string[] {
    const affected: string[] = [];
    for (const record of this.tasks.values()) {
      const current = this.currentAttempt(record, executor);
      if (!current) continue;
      current.endedAt = now;
      current.outcome = 'lost';
      current.error = `executor ${executor} was lost while running task ${record.spec.taskId}`;
      this.retryOrGiveUp(record);
      affected.push(record.spec.taskId);
    }
    return affected;
  }

  /** True when every task has succeeded. */
  get done(): boolean {
    for (const record of this.tasks.values()) if (record.state !== 'succeeded') return false;
    return true;
  }

  /** The first task that used up its attempts (its last attempt holds the error), if any. */
  get failed(): TaskRecord<P> | undefined {
    return this.firstFailed && copyRecord(this.firstFailed);
  }

  /** The tasks running now and where. */
  running(): { taskId: string; executor: ExecutorKey }[] {
    const out: { taskId: string; executor: ExecutorKey }[] = [];
    for (const record of this.tasks.values()) {
      const last = record.attempts.at(-1);
      if (record.state === 'running' && last) out.push({ taskId: record.spec.taskId, executor: last.executor });
    }
    return out;
  }

  /** A copy of every task's record, in the order the tasks were given (for the job history). */
  records(): TaskRecord<P>[] {
    return [...this.tasks.values()].map(copyRecord);
  }

  private record(taskId: string): TaskRecord<P> {
    const record = this.tasks.get(taskId);
    if (!record) throw new Error(`TaskSet: no task "${taskId}" in this stage (a message for another stage?)`);
    return record;
  }

  /** The attempt that is running on `executor` right now, if there is one. */
  private currentAttempt(record: TaskRecord<P>, executor: ExecutorKey): TaskAttempt | undefined {
    const last = record.attempts.at(-1);
    return record.state === 'running' && last?.executor === executor && !last.outcome ? last : undefined;
  }

  private retryOrGiveUp(record: TaskRecord<P>): void {
    if (record.attempts.length < this.maxAttempts) {
      record.state = 'pending';
    } else {
      record.state = 'failed';
      this.firstFailed ??= record;
    }
  }
}

function copyRecord<P>(record: TaskRecord<P>): TaskRecord<P> {
  return { spec: record.spec, state: record.state, attempts: record.attempts.map((a) => ({ ...a })) };
}
