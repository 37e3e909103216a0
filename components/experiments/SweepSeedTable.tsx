import { SEED_PARAM, seedStats, type SweepMetric } from '@/lib/experiments/sweepAnalysis';
import type { SweepSummary } from '@/lib/experiments/sweepSummary';
import styles from './Experiments.module.css';

/** Mean ± standard deviation and the range of a metric across seeds, per configuration of the other parameters. */
export function SweepSeedTable({ summary, metric }: { summary: SweepSummary; metric: SweepMetric }) {
  const others = summary.params.filter((p) => p !== SEED_PARAM);
  const stats = seedStats(summary, metric);
  if (!summary.params.includes(SEED_PARAM) || stats.length === 0) return null;
  return (
    <table className={`${styles.table} ${styles.compact}`}>
      <caption>
        {metric} across seeds
      </caption>
      <thead>
        <tr>
          {others.map((p) => (
            <th key={p} scope="col" className={styles.num}>
              {p}
            </th>
          ))}
          <th scope="col" className={styles.num}>Mean ± std</th>
          <th scope="col" className={styles.num}>Min – max</th>
          <th scope="col" className={styles.num}>Seeds</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s) => (
          <tr key={JSON.stringify(s.values)}>
            {others.map((p) => (
              <td key={p} className={styles.num}>
                {String(s.values[p])}
              </td>
            ))}
            <td className={styles.num}>
              {s.mean.toFixed(4)} ± {s.std.toFixed(4)}
            </td>
            <td className={styles.num}>
              {s.min.toFixed(4)} – {s.max.toFixed(4)}
            </td>
            <td className={styles.num}>{s.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
