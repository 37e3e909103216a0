'use client';
import { formatMetric } from '../../lib/jobs/formatJob';
import type { epochTable } from '../../lib/jobs/jobCharts';
import styles from './Jobs.module.css';

/** The metrics at the end of each epoch, beside the curves: the numbers a chart only suggests. */
export function EpochMetricsTable({ epochs }: { epochs: ReturnType<typeof epochTable> }) {
  return (
    <div className={styles.scroll} tabIndex={0} aria-label="Metrics per epoch (scrollable)">
      <table className={styles.smallTable}>
        <caption className="visually-hidden">Metrics per epoch</caption>
        <thead>
          <tr>
            <th scope="col">Epoch</th>
            <th scope="col">Step</th>
            {epochs.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {epochs.rows.map((row) => (
            <tr key={row.epoch}>
              <td>{row.epoch}</td>
              <td>{row.step}</td>
              {row.values.map((v, i) => (
                <td key={epochs.columns[i]}>{v === undefined ? '—' : formatMetric(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
