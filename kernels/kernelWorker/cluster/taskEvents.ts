/** Task records as the job history's executor timeline keeps them. */
import type { TaskRecord } from '../../../lib/cluster/taskScheduler';
import type { TaskEvent } from '../../../lib/jobs/jobRecord';

/** Flattens a stage's task records into timeline entries. */
export function taskEvents<P extends { samples: number }>(stage: number, records: TaskRecord<P>[], epoch?: number): TaskEvent[] {
  return records.flatMap((r) =>
    r.attempts.map((a) => ({
      stage,
      ...(epoch === undefined ? {} : { epoch }),
      taskId: r.spec.taskId,
      executor: a.executor,
      attempt: a.attempt,
      samples: r.spec.payload.samples,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      outcome: a.outcome,
      error: a.error,
    })),
  );
}
