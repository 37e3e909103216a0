import { formatDuration } from '../../lib/jobs/formatJob';
import type { TaskEvent } from '../../lib/jobs/jobRecord';
import { epochSummary, stageSummary, type AttemptTotals } from '../../lib/jobs/stageSummary';
import styles from './Jobs.module.css';

/** The columns every stage row shares: tasks, attempts (retries show as more attempts than tasks), samples, time. */
function TotalsCells({ row }: { row: AttemptTotals }) {
  const trouble = [row.failed && `${row.failed} failed`, row.lost && `${row.lost} lost`].filter(Boolean).join(', ');
  return (
    <>
      <td>{row.tasks.toLocaleString('en-US')}</td>
      <td>
        {row.attempts.toLocaleString('en-US')}
        {trouble && ` (${trouble})`}
      </td>
      <td>{row.samples.toLocaleString('en-US')}</td>
      <td>{row.durationMs === undefined ? 'running' : formatDuration(row.durationMs)}</td>
    </>
  );
}

/** A header row: the table's own leading columns, then the shared totals. */
function HeaderRow({ leading }: { leading: string[] }) {
  return (
    <tr>
      {[...leading, 'Tasks', 'Attempts', 'Samples', 'Duration'].map((h) => (
        <th scope="col" key={h}>
          {h}
        </th>
      ))}
    </tr>
  );
}

/** One row per stage (a step, an averaging round or an inference pass). */
function PerStageTable({ tasks }: { tasks: TaskEvent[] }) {
  const stages = stageSummary(tasks);
  return (
    <div className={styles.scroll} tabIndex={0} aria-label="Stages (scrollable)">
      <table className={styles.smallTable}>
        <caption className="visually-hidden">Stages</caption>
        <thead>
          <HeaderRow leading={['Stage']} />
        </thead>
        <tbody>
          {stages.map((s) => (
            <tr key={s.stage} data-trouble={s.attempts > s.tasks || undefined}>
              <td>{s.stage}</td>
              <TotalsCells row={s} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Spark UI's stage list. A training job reads per epoch (its steps taken together), with the
 * per-step stages one click away; other jobs list their stages directly.
 */
export function StageTable({ tasks }: { tasks: TaskEvent[] }) {
  if (tasks.length === 0) return null;
  const epochs = epochSummary(tasks);
  if (!epochs) return <PerStageTable tasks={tasks} />;
  const stageCount = new Set(tasks.map((t) => t.stage)).size;
  return (
    <>
      <table className={styles.smallTable}>
        <caption className="visually-hidden">Stages per epoch</caption>
        <thead>
          <HeaderRow leading={['Epoch', 'Stages']} />
        </thead>
        <tbody>
          {epochs.map((e) => (
            <tr key={e.epoch} data-trouble={e.attempts > e.tasks || undefined}>
              <td>{e.epoch + 1}</td>
              <td>{e.stages.toLocaleString('en-US')}</td>
              <TotalsCells row={e} />
            </tr>
          ))}
        </tbody>
      </table>
      <details className={styles.stageDetails}>
        <summary>All {stageCount.toLocaleString('en-US')} stages (one per step or averaging round)</summary>
        <PerStageTable tasks={tasks} />
      </details>
    </>
  );
}
