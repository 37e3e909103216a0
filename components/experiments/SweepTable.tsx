'use client';
import Link from 'next/link';
import { useState } from 'react';
import { formatDuration } from '@/lib/jobs/formatJob';
import { rowStatus } from '@/lib/experiments/sweepText';
import type { SweepRow, SweepSummary } from '@/lib/experiments/sweepSummary';
import { pendingConfigurations } from './sweepPendingRows';
import { sortSweepRows, type SortDirection, type SweepSortKey } from './sweepTableSort';
import styles from './Experiments.module.css';
import { jobHref, modelHref } from '../../lib/routes/appRoutes';

const METRICS = [
  { name: 'accuracy', label: 'Accuracy' },
  { name: 'precision', label: 'Precision' },
  { name: 'recall', label: 'Recall' },
  { name: 'f1', label: 'F1' },
  { name: 'loss', label: 'Loss' },
  { name: 'seconds', label: 'Time' },
] as const;

const same = (a: SweepSortKey | null, b: SweepSortKey) => a !== null && a.kind === b.kind && a.name === b.name;
const metricText = (row: SweepRow, name: (typeof METRICS)[number]['name']) =>
  name === 'seconds' ? formatDuration(row.seconds * 1000) : row[name] === undefined ? '—' : row[name]!.toFixed(4);
// Higher is better for scores, so the first click puts the best on top; loss and time sort up.
const firstDirection = (key: SweepSortKey): SortDirection =>
  key.kind === 'metric' && key.name !== 'loss' && key.name !== 'seconds' ? 'descending' : 'ascending';

/**
 * One row per configuration: the swept values, the metrics, the time, what happened to it (a
 * badge; the error in its tooltip) and links to its job and model. Configurations still
 * training are listed last while the sweep runs.
 */
export function SweepTable({ summary, bestKey }: { summary: SweepSummary; bestKey?: string }) {
  const [sort, setSort] = useState<{ key: SweepSortKey | null; direction: SortDirection }>({ key: null, direction: 'descending' });
  const rows = sortSweepRows(summary.rows, sort.key, sort.direction);
  const pending = pendingConfigurations(summary);
  const describe = (row: SweepRow) => summary.params.map((p) => `${p} ${row.values[p]}`).join(', ');
  const toggle = (key: SweepSortKey) =>
    setSort((prev) =>
      same(prev.key, key)
        ? { key, direction: prev.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: firstDirection(key) },
    );
  const header = (key: SweepSortKey, label: string) => (
    <th key={`${key.kind}-${key.name}`} scope="col" aria-sort={same(sort.key, key) ? sort.direction : undefined} className={styles.num}>
      <button type="button" className={styles.sortButton} onClick={() => toggle(key)}>
        {label}
        <span className={styles.sortIcon} aria-hidden="true">
          {same(sort.key, key) ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Sweep {summary.name}</caption>
        <thead>
          <tr>
            {summary.params.map((p) => header({ kind: 'param', name: p }, p))}
            {METRICS.map((m) => header({ kind: 'metric', name: m.name }, m.label))}
            <th scope="col">Status</th>
            <th scope="col">Job</th>
            <th scope="col">Model</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-status={r.status} data-best={r.key === bestKey || undefined}>
              {summary.params.map((p) => (
                <td key={p} className={`${styles.num} ${styles.param}`}>
                  {String(r.values[p])}
                </td>
              ))}
              {METRICS.map((m) => (
                <td key={m.name} className={styles.num}>
                  {metricText(r, m.name)}
                </td>
              ))}
              <td>
                <span className={styles.status} data-status={r.status} data-reused={r.reused || undefined} title={r.error}>
                  {rowStatus(r)}
                </span>
              </td>
              <td className={styles.links}>
                {r.jobId ? (
                  <Link href={jobHref(r.jobId)} aria-label={`Job of ${describe(r)}`} title={r.jobId}>
                    job
                  </Link>
                ) : null}
              </td>
              <td className={styles.links}>
                {r.modelId ? (
                  <Link href={modelHref(r.modelId)} aria-label={`Model of ${describe(r)}`} title={r.modelId}>
                    model
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
          {pending.map((values) => (
            <tr key={JSON.stringify(values)} data-status="pending">
              {summary.params.map((p) => (
                <td key={p} className={`${styles.num} ${styles.param}`}>
                  {String(values[p])}
                </td>
              ))}
              <td colSpan={METRICS.length} />
              <td>
                <span className={styles.status} data-status="pending">
                  training…
                </span>
              </td>
              <td colSpan={2} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
