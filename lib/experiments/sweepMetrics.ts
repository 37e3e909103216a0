/**
 * The metrics a sweep is judged by, and its best configuration. Shared by the kernel (a sweep's
 * `best()`) and the views. Diverged and failed configurations have no metrics and never win.
 */
import type { SweepRow, SweepSummary, SweepValue } from './sweepSummary';

export const SWEEP_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'loss'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** The parameter whose values are repetitions, not settings: averaged over rather than charted. */
export const SEED_PARAM = 'seed';

const scored = (rows: readonly SweepRow[], metric: SweepMetric) =>
  rows.filter((r) => (r.status === 'trained' || r.status === 'reused') && typeof r[metric] === 'number');

/** Highest accuracy, precision, recall or F1; lowest loss. */
export function bestRow(summary: Pick<SweepSummary, 'rows'>, metric: SweepMetric = 'accuracy'): SweepRow | undefined {
  const better = (a: number, b: number) => (metric === 'loss' ? a < b : a > b);
  return scored(summary.rows, metric).reduce<SweepRow | undefined>(
    (best, row) => (!best || better(row[metric]!, best[metric]!) ? row : best),
    undefined,
  );
}

/** Rates span decades: a learning rate axis reads on a log scale. */
export function usesLogScale(values: readonly SweepValue[]): boolean {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length !== values.length || numbers.some((v) => v <= 0)) return false;
  return Math.max(...numbers) / Math.min(...numbers) >= 100;
}
