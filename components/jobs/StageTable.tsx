import { formatDuration } from '../../lib/jobs/formatJob';
import type { TaskEvent } from '../../lib/jobs/jobRecord';
import { stageSummary } from '../../lib/jobs/stageSummary';
import styles from './Jobs.module.css';

/** Spark UI's stage list: per stage its tasks, attempts (retries show as more attempts than tasks), samples and time. */
export function StageTable({ tasks }: { tasks: TaskEvent[] }) {
  const stages = stageSummary(tasks);
  if (stages.length === 0) return null;
  return (
    <div className={styles.scroll} tabIndex={0} aria-label="Stages (scrollable)">
      <table className={styles.smallTable}>
        <caption className="visually-hidden">Stages</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Tasks</th>
            <th scope="col">Attempts</th>
            <th scope="col">Samples</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((s) => {
            const trouble = [s.failed && `${s.failed} failed`, s.lost && `${s.lost} lost`].filter(Boolean).join(', ');
            return (
              <tr key={s.stage} data-trouble={s.attempts > s.tasks || undefined}>
                <td>{s.stage}</td>
                <td>{s.tasks}</td>
                <td>
                  {s.attempts}
                  {trouble && ` (${trouble})`}
                </td>
                <td>{s.samples.toLocaleString('en-US')}</td>
                <td>{s.durationMs === undefined ? 'running' : formatDuration(s.durationMs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
