/**
 * The configurations a running sweep has not reported yet, so the table can list them as
 * "training…" under their own values instead of one anonymous "N to go" line.
 */
import { expandGrid, type SweepConfiguration } from '../../lib/experiments/sweepGrid';
import type { SweepSummary } from '../../lib/experiments/sweepSummary';

const keyOf = (values: SweepConfiguration, params: readonly string[]) => JSON.stringify(params.map((p) => values[p]));

/** At most `pending` configurations of the grid that have no row yet, in the grid's order. */
export function pendingConfigurations(summary: Pick<SweepSummary, 'grid' | 'params' | 'rows' | 'pending'>): SweepConfiguration[] {
  if (summary.pending <= 0) return [];
  const done = new Set(summary.rows.map((r) => keyOf(r.values, summary.params)));
  return expandGrid(summary.grid)
    .filter((config) => !done.has(keyOf(config, summary.params)))
    .slice(0, summary.pending);
}
