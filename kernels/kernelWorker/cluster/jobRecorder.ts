/**
 * Kernel worker: one job's reports (its start, configuration, position, metric points, tasks,
 * lost executors, evaluation, end) as deltas for the page, through the kernel's JobEventBatcher.
 * Only what is new travels; the page appends it to the job's history record.
 *
 * Per-step points are thinned as they come so that a long run stays a few thousand points:
 * every step is kept at first, then every 2nd, every 4th… (the stride doubles after each
 * STEPS_PER_STRIDE kept points), and the last step always is.
 */
import type { CellId } from '../../../lib/notebook/ids';
import type { SweepSummary } from '../../../lib/experiments/sweepSummary';
import type { JobChunk, JobDelta, JobPosition } from '../../../lib/jobs/jobDelta';
import type { JobConfig, JobEvaluation, JobKind, JobStatus, MetricPoint, TaskEvent } from '../../../lib/jobs/jobRecord';
import type { JobEventBatcher } from './jobEventBatcher';

/** Per-step points kept before the stride doubles (the history thins to MAX_RECORDED_STEPS when read). */
export const STEPS_PER_STRIDE = 1000;

export class JobRecorder {
  private stride = 1;
  private skipped = 0;
  private keptAtStride = 0;
  /** The latest step that the stride left out: sent at the end, so the series ends where training did. */
  private held: MetricPoint | null = null;

  constructor(
    private readonly events: JobEventBatcher,
    readonly jobId: string,
    kind: JobKind,
    cellId: CellId,
  ) {
    this.change((d) => (d.start = { kind, cellId, startedAt: Date.now() }), true);
  }

  configure(config: JobConfig) {
    this.change((d) => (d.config = config));
  }

  /** Where the job is (the panel's progress bar). */
  position(position: JobPosition) {
    this.change((d) => (d.position = { ...d.position, ...position }));
  }

  step(step: number, epoch: number, values: Record<string, number>) {
    const point = { step, epoch, values: { ...values } };
    if (this.skipped < this.stride - 1) {
      this.skipped++;
      this.held = point;
      return;
    }
    this.skipped = 0;
    this.held = null;
    if (++this.keptAtStride >= STEPS_PER_STRIDE) {
      this.stride *= 2;
      this.keptAtStride = 0;
    }
    this.add((c) => (c.stepMetrics ??= []).push(point));
  }

  epoch(step: number, epoch: number, values: Record<string, number>) {
    this.add((c) => (c.epochMetrics ??= []).push({ step, epoch, values: { ...values } }));
  }

  tasks(events: TaskEvent[]) {
    if (events.length > 0) this.add((c) => (c.tasks ??= []).push(...events));
  }

  /** Marks a configuration's fit job as part of a sweep. */
  partOf(sweepJobId: string) {
    this.change((d) => (d.sweepJobId = sweepJobId));
  }

  /** A sweep's results so far. */
  sweep(summary: SweepSummary) {
    this.change((d) => (d.sweep = summary));
  }

  /** A task retried on another executor starts its epochs again: the lost attempt's series go. */
  restart() {
    this.stride = 1;
    this.skipped = 0;
    this.keptAtStride = 0;
    this.held = null;
    this.add((c) => {
      c.restart = true;
      delete c.stepMetrics;
      delete c.epochMetrics;
    });
  }

  lost(executor: string, reason: string) {
    this.add((c) => (c.lostExecutors ??= []).push({ executor, at: Date.now(), reason }));
  }

  evaluation(evaluation: JobEvaluation) {
    this.change((d) => (d.evaluation = evaluation));
  }

  finish(status: Exclude<JobStatus, 'running'>, error?: string) {
    const held = this.held;
    this.held = null;
    if (held) this.add((c) => (c.stepMetrics ??= []).push(held));
    this.change((d) => (d.end = { status, endedAt: Date.now(), ...(error ? { error } : {}) }), true);
  }

  private add(change: (chunk: JobChunk) => void) {
    this.change((d) => change((d.added ??= {})));
  }

  private change(change: (delta: JobDelta) => void, now = false) {
    this.events.edit(this.jobId, change, now);
  }
}
