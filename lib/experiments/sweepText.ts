/** A sweep's results as plain text: the text/plain twin of a sweep output (and what .ipynb readers without Sparkbook see). */
import { formatTextTable } from '../outputs/plainText';
import { sweepCountsText, type SweepRow, type SweepSummary } from './sweepSummary';

/** The status column: what happened to the configuration, and whether this run computed it. */
export function rowStatus(row: SweepRow): string {
  if (row.status === 'diverged') return row.reused ? 'diverged (reused)' : 'diverged';
  if (row.status === 'failed') return 'failed';
  return row.reused ? 'reused' : 'trained';
}

/**
 * The sweep's results table, one row per configuration: the swept values, the metrics (written
 * with `formatMetric`), seconds and status. Shared by the plain-text and HTML twins.
 */
export function sweepTable(summary: SweepSummary, formatMetric: (v: number) => string): { columns: string[]; rows: string[][] } {
  const metric = (v: number | undefined) => (v === undefined ? '—' : formatMetric(v));
  const columns = [...summary.params, 'accuracy', 'precision', 'recall', 'f1', 'loss', 'seconds', 'status'];
  const rows = summary.rows.map((r) => [
    ...summary.params.map((p) => String(r.values[p])),
    metric(r.accuracy),
    metric(r.precision),
    metric(r.recall),
    metric(r.f1),
    metric(r.loss),
    r.seconds.toFixed(1),
    rowStatus(r),
  ]);
  return { columns, rows };
}

export function sweepText(summary: SweepSummary): string {
  const { columns, rows } = sweepTable(summary, (v) => v.toFixed(4));
  return [`Sweep ${summary.name}: ${sweepCountsText(summary)}`, formatTextTable(columns, rows)].join('\n');
}
