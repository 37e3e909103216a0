/**
 * Builds a job's history record while it runs (configuration, metric series, tasks, lost
 * executors, evaluation) and sends it to the page: at the start, every couple of seconds
 * while it runs (a heartbeat, so a job orphaned by a closed page can be told apart), and at the end.
 */
import type { CellId } from '../../../lib/notebook/ids';
import type { SweepSummary } from '../../../lib/experiments/sweepSummary';
import type { JobConfig, JobEvaluation, JobKind, JobStatus, KernelJobRecord, MetricPoint, TaskEvent } from '../../../lib/jobs/jobRecord';

export const RECORD_INTERVAL_MS = 2000;
/** Per-step points kept in the record (thinned evenly beyond this). */
export const MAX_RECORDED_STEPS = 2000;

export class JobRecorder {
  private record: KernelJobRecord;
  private lastSent = 0;

  constructor(jobId: string, kind: JobKind, cellId: CellId, private readonly send: (record: KernelJobRecord) => void) {
    this.record = {
      id: jobId,
      kind,
      cellId,
      status: 'running',
      startedAt: Date.now(),
      config: { executors: 0, backends: [] },
      stepMetrics: [],
      epochMetrics: [],
      tasks: [],
      lostExecutors: [],
    };
  }

  configure(config: JobConfig) {
    this.record.config = config;
    this.flush();
  }

  step(step: number, epoch: number, values: Record<string, number>) {
    const points = this.record.stepMetrics;
    points.push({ step, epoch, values });
    if (points.length > MAX_RECORDED_STEPS) this.record.stepMetrics = points.filter((_, i) => i % 2 === 0 || i === points.length - 1);
    this.maybeFlush();
  }

  epoch(step: number, epoch: number, values: Record<string, number>) {
    this.record.epochMetrics.push({ step, epoch, values } satisfies MetricPoint);
    this.flush();
  }

  tasks(events: TaskEvent[]) {
    this.record.tasks.push(...events);
    this.maybeFlush();
  }

  /** Marks a configuration's fit job as part of a sweep. */
  partOf(sweepJobId: string) {
    this.record.sweepJobId = sweepJobId;
  }

  /** A sweep's results so far. */
  sweep(summary: SweepSummary) {
    this.record.sweep = summary;
    this.maybeFlush();
  }

  /** A task retried on another executor starts its epochs again: the lost attempt's series go. */
  restart() {
    this.record.stepMetrics = [];
    this.record.epochMetrics = [];
  }

  lost(executor: string, reason: string) {
    this.record.lostExecutors.push({ executor, at: Date.now(), reason });
  }

  evaluation(evaluation: JobEvaluation) {
    this.record.evaluation = evaluation;
  }

  finish(status: Exclude<JobStatus, 'running'>, error?: string) {
    this.record.status = status;
    this.record.endedAt = Date.now();
    if (error) this.record.error = error;
    this.flush();
  }

  private maybeFlush() {
    if (Date.now() - this.lastSent >= RECORD_INTERVAL_MS) this.flush();
  }

  private flush() {
    this.lastSent = Date.now();
    this.send(structuredClone(this.record));
  }
}
