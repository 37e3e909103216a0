'use client';
import Link from 'next/link';
import { useState } from 'react';
import { rowStatus } from '@/lib/experiments/sweepText';
import type { SweepSummary } from '@/lib/experiments/sweepSummary';
import { sortSweepRows, type SortDirection, type SweepSortKey } from './sweepTableSort';
import styles from './Experiments.module.css';

const METRICS = [
  { name: 'accuracy', label: 'Accuracy' },
  { name: 'precision', label: 'Precision' },
  { name: 'recall', label: 'Recall' },
  { name: 'f1', label: 'F1' },
  { name: 'loss', label: 'Loss' },
  { name: 'seconds', label: 'Time (s)' },
] as const;

const same = (a: SweepSortKey | null, b: SweepSortKey) => a !== null && a.kind === b.kind && a.name === b.name;
const format = (v: number | undefined, digits = 4) => (v === undefined ? '—' : v.toFixed(digits));

/** One row per configuration: the swept values, the metrics, the time, reused or trained, and links to its job and model. */
export function SweepTable({ summary }: { summary: SweepSummary }) {
  const [sort, setSort] = useState<{ key: SweepSortKey | null; direction: SortDirection }>({ key: null, direction: 'descending' });
  const rows = sortSweepRows(summary.rows, sort.key, sort.direction);
  const toggle = (key: SweepSortKey) =>
    setSort((prev) => (same(prev.key, key) ? { key, direction: prev.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: key.kind === 'metric' && key.name !== 'loss' && key.name !== 'seconds' ? 'descending' : 'ascending' }));
  const header = (key: SweepSortKey, label: string, numeric: boolean) => (
    <th key={`${key.kind}-${key.name}`} scope="col" aria-sort={same(sort.key, key) ? sort.direction : undefined} className={numeric ? styles.num : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => toggle(key)}>
        {label}
        <span aria-hidden="true">{same(sort.key, key) ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Sweep {summary.name}</caption>
        <thead>
          <tr>
            {summary.params.map((p) => header({ kind: 'param', name: p }, p, true))}
            {METRICS.map((m) => header({ kind: 'metric', name: m.name }, m.label, true))}
            <th scope="col">Status</th>
            <th scope="col">Job · model</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-status={r.status}>
              {summary.params.map((p) => (
                <td key={p} className={styles.num}>
                  {String(r.values[p])}
                </td>
              ))}
              {METRICS.map((m) => (
                <td key={m.name} className={styles.num}>
                  {format(r[m.name], m.name === 'seconds' ? 1 : 4)}
                </td>
              ))}
              <td>
                <span className={styles.status} data-status={r.status} data-reused={r.reused || undefined} title={r.error}>
                  {rowStatus(r)}
                </span>
              </td>
              <td className={styles.links}>
                {r.jobId ? <Link href={`/jobs/${encodeURIComponent(r.jobId)}`}>job</Link> : null}
                {r.jobId && r.modelId ? ' · ' : null}
                {r.modelId ? <Link href={`/models/${encodeURIComponent(r.modelId)}`}>model</Link> : null}
              </td>
            </tr>
          ))}
          {summary.pending > 0 ? (
            <tr>
              <td colSpan={summary.params.length + METRICS.length + 2} className={styles.pending}>
                {summary.pending} configuration{summary.pending === 1 ? '' : 's'} training…
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
