/**
 * The driver's view of a shared-memory run: executors report each step they finished, and this
 * turns those reports into what the notebook shows (the step's loss and metrics, weighted by shard
 * size, in step order) and what the job history keeps (one task per executor per step, with where
 * its time went). Runs on the kernel's thread, a few microseconds per report.
 */
import { weightedMean } from '../../../lib/cluster/averageGradients';
import type { StepRecord } from '../../wire/kernelExecutorProtocol';
import type { TaskEvent } from '../../../lib/jobs/jobRecord';

/** A finished step: its logs and its tasks. */
export interface AggregatedStep {
  step: number;
  samples: number;
  logs: Record<string, number>;
  tasks: TaskEvent[];
}

/** Per-step means of where executors' time went (for the bench and the job's plan output). */
export interface StepTiming {
  steps: number;
  computeMs: number;
  exchangeMs: number;
  waitMs: number;
  /** Kernel time spent on the job per step (handling reports, charts, history). */
  driverMs: number;
}

export class StepAggregator {
  private pending = new Map<number, StepRecord[]>();
  private totals = { steps: 0, computeMs: 0, exchangeMs: 0, waitMs: 0, driverMs: 0 };

  constructor(
    private readonly metricNames: string[],
    private readonly describe: (step: number) => { epoch: number; attempt: number; rankOf(executor: string): number },
    private readonly emit: (step: AggregatedStep) => void,
  ) {}

  /** Records one executor's report; emits the step once all `members` have reported. */
  add(record: StepRecord, members: number) {
    const list = this.pending.get(record.step) ?? [];
    list.push(record);
    this.pending.set(record.step, list);
    if (list.length >= members) this.flush(record.step);
  }

  /** Emits every step still waiting for a report (its executor died after the step committed). */
  flushAll() {
    for (const step of [...this.pending.keys()].sort((a, b) => a - b)) this.flush(step);
  }

  /** Adds kernel time spent on the job outside add() (e.g. starting runs). */
  addDriverTime(ms: number) {
    this.totals.driverMs += ms;
  }

  timing(): StepTiming {
    const n = Math.max(1, this.totals.steps);
    return {
      steps: this.totals.steps,
      computeMs: this.totals.computeMs / n,
      exchangeMs: this.totals.exchangeMs / n,
      waitMs: this.totals.waitMs / n,
      driverMs: this.totals.driverMs / n,
    };
  }

  private flush(step: number) {
    const records = this.pending.get(step);
    if (!records) return;
    this.pending.delete(step);
    const started = performance.now();
    const trained = records.filter((r) => r.samples > 0);
    const samples = trained.reduce((a, r) => a + r.samples, 0);
    const logs: Record<string, number> = {};
    if (trained.length) {
      logs.loss = weightedMean(trained.map((r) => ({ weight: r.samples, value: r.loss })));
      for (const name of this.metricNames) {
        const parts = trained.filter((r) => name in r.metrics).map((r) => ({ weight: r.samples, value: r.metrics[name] }));
        if (parts.length) logs[name] = weightedMean(parts);
      }
    }
    const { epoch, attempt, rankOf } = this.describe(step);
    const tasks: TaskEvent[] = records.map((r) => ({
      stage: step,
      epoch,
      taskId: `${step}.${rankOf(r.executorId)}`,
      executor: r.executorId,
      attempt,
      samples: r.samples,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      outcome: 'succeeded',
      phases: { computeMs: r.computeMs, exchangeMs: r.exchangeMs, waitMs: r.waitMs },
    }));
    // Means over members: each member's step spans the same two barriers.
    this.totals.steps++;
    this.totals.computeMs += records.reduce((a, r) => a + r.computeMs, 0) / records.length;
    this.totals.exchangeMs += records.reduce((a, r) => a + r.exchangeMs, 0) / records.length;
    this.totals.waitMs += records.reduce((a, r) => a + r.waitMs, 0) / records.length;
    this.emit({ step, samples, logs, tasks });
    this.totals.driverMs += performance.now() - started;
  }
}
