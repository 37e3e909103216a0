/** How the sweep table sorts: by a swept parameter or a metric; rows without the value go last. */
import type { SweepRow } from '../../lib/experiments/sweepSummary';

export type SweepSortKey =
  { kind: 'param'; name: string } | { kind: 'metric'; name: 'accuracy' | 'precision' | 'recall' | 'f1' | 'loss' | 'seconds' };
export type SortDirection = 'ascending' | 'descending';

const valueOf = (row: SweepRow, key: SweepSortKey): number | string | boolean | undefined =>
  key.kind === 'param' ? row.values[key.name] : row[key.name];

export function sortSweepRows(rows: readonly SweepRow[], key: SweepSortKey | null, direction: SortDirection): SweepRow[] {
  if (!key) return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}
