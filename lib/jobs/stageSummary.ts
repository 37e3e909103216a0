/**
 * The stage tables of the job detail page (Spark UI's "Stages"): tasks, attempts and time per
 * stage, and, for training jobs, the same per epoch — a job of 4 epochs of 252 steps reads as 4
 * rows rather than 1,008.
 */
import type { TaskEvent } from './jobRecord';

/** What a group of task attempts adds up to. */
export interface AttemptTotals {
  /** Distinct tasks (shards). */
  tasks: number;
  /** Attempts made at them: more than `tasks` when some were retried. */
  attempts: number;
  failed: number;
  lost: number;
  samples: number;
  /** First attempt's start to last attempt's end; undefined while an attempt has not ended. */
  durationMs: number | undefined;
}

/** One stage: a training step (sync), an averaging round, or an inference pass. */
export interface StageSummary extends AttemptTotals {
  stage: number;
}

/** One epoch of a training job: its stages (steps or averaging rounds) taken together. */
export interface EpochSummary extends AttemptTotals {
  /** 0-based, as recorded; shown 1-based. */
  epoch: number;
  stages: number;
}

function groupBy<K>(tasks: readonly TaskEvent[], key: (t: TaskEvent) => K): [K, TaskEvent[]][] {
  const groups = new Map<K, TaskEvent[]>();
  for (const t of tasks) {
    const k = key(t);
    const list = groups.get(k) ?? [];
    list.push(t);
    groups.set(k, list);
  }
  return [...groups];
}

function totals(attempts: readonly TaskEvent[]): AttemptTotals {
  // A task is identified by its stage and id; its samples count once, however many attempts it took.
  const firstAttempt = new Map<string, TaskEvent>();
  for (const a of attempts) if (!firstAttempt.has(`${a.stage}/${a.taskId}`)) firstAttempt.set(`${a.stage}/${a.taskId}`, a);
  const open = attempts.some((a) => a.endedAt === undefined);
  return {
    tasks: firstAttempt.size,
    attempts: attempts.length,
    failed: attempts.filter((a) => a.outcome === 'failed').length,
    lost: attempts.filter((a) => a.outcome === 'lost').length,
    samples: [...firstAttempt.values()].reduce((sum, a) => sum + a.samples, 0),
    durationMs: open ? undefined : Math.max(...attempts.map((a) => a.endedAt!)) - Math.min(...attempts.map((a) => a.startedAt)),
  };
}

export function stageSummary(tasks: readonly TaskEvent[]): StageSummary[] {
  return groupBy(tasks, (t) => t.stage)
    .sort(([a], [b]) => a - b)
    .map(([stage, attempts]) => ({ stage, ...totals(attempts) }));
}

/** Per-epoch totals, or null when the tasks don't say their epoch (inference jobs, older records). */
export function epochSummary(tasks: readonly TaskEvent[]): EpochSummary[] | null {
  if (tasks.length === 0 || tasks.some((t) => t.epoch === undefined)) return null;
  return groupBy(tasks, (t) => t.epoch!)
    .sort(([a], [b]) => a - b)
    .map(([epoch, attempts]) => ({ epoch, stages: new Set(attempts.map((a) => a.stage)).size, ...totals(attempts) }));
}
