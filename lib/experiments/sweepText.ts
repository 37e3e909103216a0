/** A sweep's results as plain text: the text/plain twin of a sweep output (and what .ipynb readers without Sparkbook see). */
import { formatTextTable } from '../outputs/plainText';
import { sweepCountsText, type SweepRow, type SweepSummary } from './sweepSummary';

const metric = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(4));

/** The status column: what happened to the configuration, and whether this run computed it. */
export function rowStatus(row: SweepRow): string {
  if (row.status === 'diverged') return row.reused ? 'diverged (reused)' : 'diverged';
  if (row.status === 'failed') return 'failed';
  return row.reused ? 'reused' : 'trained';
}

export function sweepText(summary: SweepSummary): string {
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
  return [`Sweep ${summary.name}: ${sweepCountsText(summary)}`, formatTextTable(columns, rows)].join('\n');
}
