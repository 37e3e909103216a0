import { formatMetric } from '../../lib/jobs/formatJob';
import { finalMetrics, headlineMetrics } from '../../lib/jobs/jobMetrics';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import styles from './Jobs.module.css';

/** "loss 0.0895 · acc 0.9889", or a dash for a job with no metrics yet. */
export function MetricsSummary({ job }: { job: JobRecord }) {
  const metrics = headlineMetrics(finalMetrics(job));
  if (metrics.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <span className={styles.metrics}>
      {metrics.map((m, i) => (
        <span key={m.name}>
          {i > 0 && ' · '}
          <b>{m.name}</b>
          {formatMetric(m.value)}
        </span>
      ))}
    </span>
  );
}
