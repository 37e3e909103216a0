/**
 * The running tally of a sweep: rows arrive in any order (reused ones at once, trained ones as
 * executors finish) and are kept in the grid's order; the counts follow from the rows.
 */
import type { SweepGrid } from './sweepGrid';
import type { SweepRow, SweepSummary } from './sweepSummary';

export class SweepProgress {
  private readonly rows = new Map<number, SweepRow>();

  constructor(
    private readonly name: string,
    private readonly jobId: string,
    private readonly grid: SweepGrid,
    private readonly total: number,
    private readonly startedAt: number,
  ) {}

  /** Records the row of the configuration at `index` in the grid's order. */
  set(index: number, row: SweepRow): void {
    this.rows.set(index, row);
  }

  get done(): number {
    return this.rows.size;
  }

  summary(endedAt?: number): SweepSummary {
    const rows = [...this.rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
    const count = (test: (r: SweepRow) => boolean) => rows.filter(test).length;
    return {
      name: this.name,
      jobId: this.jobId,
      grid: this.grid,
      params: Object.keys(this.grid),
      rows,
      trained: count((r) => !r.reused && r.status !== 'failed'),
      reused: count((r) => r.reused),
      diverged: count((r) => r.status === 'diverged'),
      failed: count((r) => r.status === 'failed'),
      pending: this.total - rows.length,
      startedAt: this.startedAt,
      endedAt,
    };
  }
}
