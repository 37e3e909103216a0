/**
 * What spark.sweep returns: the rows (one per configuration) and, when shown in a cell, the
 * sweep's table and chart. It is a display bundle, so `sweep` on a cell's last line renders it.
 */
import { SWEEP_MIME } from '../../../../lib/outputs/mime';
import { sweepText } from '../../../../lib/experiments/sweepText';
import type { SweepRow, SweepSummary } from '../../../../lib/experiments/sweepSummary';
import { bestRow, type SweepMetric } from '../../../../lib/experiments/sweepMetrics';
import type { MimeBundle } from '../../../../lib/notebook/types';

export function sweepBundle(summary: SweepSummary): MimeBundle {
  return { 'text/plain': sweepText(summary), [SWEEP_MIME]: summary } as MimeBundle;
}

export interface SweepResult {
  readonly __mimeBundle: true;
  readonly data: MimeBundle;
  readonly name: string;
  /** One per configuration, in the grid's order. */
  readonly rows: SweepRow[];
  readonly summary: SweepSummary;
  /** The configuration with the best value of `metric` (highest, or lowest for loss); diverged and failed ones never win. */
  best(metric?: SweepMetric): SweepRow | undefined;
}

export function sweepResult(summary: SweepSummary): SweepResult {
  return {
    __mimeBundle: true,
    data: sweepBundle(summary),
    name: summary.name,
    rows: summary.rows,
    summary,
    best: (metric = 'accuracy') => bestRow(summary, metric),
  };
}
