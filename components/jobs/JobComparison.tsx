'use client';
import { ChartView } from '../outputs/ChartView';
import { configComparison } from '../../lib/jobs/configComparison';
import { lossComparisonChart } from '../../lib/jobs/jobCharts';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import styles from './Jobs.module.css';

/**
 * Jobs side by side: their loss curves overlaid (one colour per job, ChartView's palette) and
 * their configuration and final metrics in columns, differing rows highlighted.
 */
export function JobComparison({ jobs, onClose }: { jobs: JobRecord[]; onClose(): void }) {
  const rows = configComparison(jobs);
  const chart = lossComparisonChart(jobs);
  const withoutLoss = jobs.filter((_, i) => chart.series[i].points.length === 0);
  const groups = [
    { name: 'Configuration', rows: rows.filter((r) => r.group === 'config') },
    { name: 'Final metrics', rows: rows.filter((r) => r.group === 'metric') },
  ];
  return (
    <section className={styles.comparison} aria-labelledby="comparison-heading">
      <div className={styles.comparisonHeader}>
        <h2 id="comparison-heading">Comparing {jobs.length} jobs</h2>
        <button type="button" className="sb-button sb-button-ghost" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <ChartView chart={chart} ariaLabel="Loss comparison chart" />
      {withoutLoss.length > 0 && (
        <p className={styles.muted}>
          No loss curve for {withoutLoss.map((j) => j.id).join(', ')} ({withoutLoss.map((j) => j.kind).join(', ')} jobs don&apos;t train).
        </p>
      )}
      <table className={styles.compareTable}>
        <caption>Configuration comparison</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Setting</span>
            </th>
            {jobs.map((job) => (
              <th key={job.id} scope="col">
                {job.id}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) =>
          group.rows.length === 0 ? null : (
            <tbody key={group.name}>
              <tr className={styles.groupRow}>
                <th scope="colgroup" colSpan={jobs.length + 1}>
                  {group.name}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key} data-differs={row.differs}>
                  <th scope="row">
                    {row.key}
                    {row.differs && <span className="visually-hidden"> (differs)</span>}
                  </th>
                  {row.values.map((value, i) => (
                    <td key={jobs[i].id}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          ),
        )}
      </table>
    </section>
  );
}
