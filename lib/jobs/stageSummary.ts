/** The stage table of the job detail page (Spark UI's "Stages"): tasks, attempts and time per stage. */
import type { TaskEvent } from './jobRecord';

/** One stage: a training step (sync), an averaging round, or an inference pass. */
export interface StageSummary {
  stage: number;
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

export function stageSummary(tasks: readonly TaskEvent[]): StageSummary[] {
  const stages = new Map<number, TaskEvent[]>();
  for (const t of tasks) {
    const list = stages.get(t.stage) ?? [];
    list.push(t);
    stages.set(t.stage, list);
  }
  return [...stages]
    .sort(([a], [b]) => a - b)
    .map(([stage, attempts]) => {
      const taskIds = new Set(attempts.map((a) => a.taskId));
      // A task's samples count once, however many attempts it took.
      const samples = [...taskIds].reduce((sum, id) => sum + (attempts.find((a) => a.taskId === id)?.samples ?? 0), 0);
      const open = attempts.some((a) => a.endedAt === undefined);
      return {
        stage,
        tasks: taskIds.size,
        attempts: attempts.length,
        failed: attempts.filter((a) => a.outcome === 'failed').length,
        lost: attempts.filter((a) => a.outcome === 'lost').length,
        samples,
        durationMs: open ? undefined : Math.max(...attempts.map((a) => a.endedAt!)) - Math.min(...attempts.map((a) => a.startedAt)),
      };
    });
}
