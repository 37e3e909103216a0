/**
 * What the kernel reports about cluster jobs: progress for the panel while a job runs, and the
 * full record (configuration, metric series, stages and tasks) for the job history.
 */
import type { CellId } from '../../lib/notebook/ids';
import type { TaskRecord } from '../../lib/cluster/taskScheduler';

export type JobKind = 'fit' | 'evaluate' | 'predict' | 'sweep';
export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Live progress, posted a few times a second at most. */
export interface JobProgress {
  jobId: string;
  kind: JobKind;
  cellId: CellId;
  status: JobStatus;
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  startedAt: number;
  endedAt?: number;
  error?: string;
}

/** One task attempt, flattened for the history's executor timeline. */
export interface TaskEventRecord {
  stage: number;
  /** The training epoch the stage belongs to (spark.fit); absent for inference jobs. */
  epoch?: number;
  taskId: string;
  executor: string;
  attempt: number;
  samples: number;
  startedAt: number;
  endedAt?: number;
  outcome?: 'succeeded' | 'failed' | 'lost';
  error?: string;
  /** Where a shared-memory step's time went on this executor (absent on the message path). */
  phases?: { computeMs: number; exchangeMs: number; waitMs: number };
}

/** Flattens a stage's task records into timeline entries. */
export function taskEvents<P extends { samples: number }>(stage: number, records: TaskRecord<P>[], epoch?: number): TaskEventRecord[] {
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
