import { spreadStats, type SweepMetric } from '@/lib/experiments/sweepChart';
import type { SweepSummary } from '@/lib/experiments/sweepSummary';
import styles from './Experiments.module.css';

const f = (v: number) => v.toFixed(4);

/**
 * The numbers behind the chart's band: per configuration of the other parameters, the metric's
 * mean ± standard deviation and its range across the values of `over` (the seeds). A reader
 * comparing learning rates needs to see whether a gap is bigger than the seed-to-seed noise.
 */
export function SweepSeedTable({ summary, metric, over }: { summary: SweepSummary; metric: SweepMetric; over: string }) {
  const fixed = summary.params.filter((p) => p !== over);
  const stats = spreadStats(summary, metric, over);
  if (stats.length === 0) return null;
  return (
    <div className={`${styles.tableWrap} ${styles.seedTable}`}>
      <table className={styles.table}>
        <caption>
          {metric}: mean and spread across {over}s
        </caption>
        <thead>
          <tr>
            {fixed.map((p) => (
              <th key={p} scope="col" className={styles.num}>
                <span>{p}</span>
              </th>
            ))}
            <th scope="col" className={styles.num}>
              <span>Mean ± std</span>
            </th>
            <th scope="col" className={styles.num}>
              <span>Min – max</span>
            </th>
            <th scope="col" className={styles.num}>
              <span>Runs</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={JSON.stringify(s.values)}>
              {fixed.map((p) => (
                <td key={p} className={`${styles.num} ${styles.param}`}>
                  {String(s.values[p])}
                </td>
              ))}
              <td className={styles.num}>
                {f(s.mean)} ± {f(s.std)}
              </td>
              <td className={styles.num}>
                {f(s.min)} – {f(s.max)}
              </td>
              <td className={styles.num}>{s.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
