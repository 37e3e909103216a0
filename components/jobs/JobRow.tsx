import Link from 'next/link';
import { formatDuration, formatShortTimestamp, formatTimestamp } from '../../lib/jobs/formatJob';
import { jobDuration } from '../../lib/jobs/jobMetrics';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobHref, notebookHref } from '../../lib/routes/appRoutes';
import { JobStatusBadge } from './JobStatusBadge';
import { MetricsSummary } from './MetricsSummary';
import styles from './Jobs.module.css';

export interface JobRowProps {
  job: JobRecord;
  selected: boolean;
  onSelect(id: string, selected: boolean): void;
  onDelete(job: JobRecord): void;
  /** The clock for a running job's duration. */
  now: number;
}

/** One job in the history table, in the order of JobsTable's columns. */
export function JobRow({ job, selected, onSelect, onDelete, now }: JobRowProps) {
  return (
    <tr data-selected={selected} data-status={job.status}>
      <td className={styles.check}>
        <input
          type="checkbox"
          aria-label={`Select job ${job.id}`}
          checked={selected}
          onChange={(e) => onSelect(job.id, e.target.checked)}
        />
      </td>
      <td>
        <Link href={jobHref(job.id)} className={styles.jobLink}>
          {job.id}
        </Link>
      </td>
      <td>
        {job.sweepJobId ? (
          <span className={styles.muted} title={`A configuration of sweep ${job.sweepJobId}`}>
            ↳ {job.kind} <span className="visually-hidden">in sweep {job.sweepJobId}</span>
          </span>
        ) : (
          job.kind
        )}
      </td>
      <td>
        <Link href={notebookHref(job.notebookId)} className={styles.notebookLink}>
          {job.notebookTitle || job.notebookId}
        </Link>
      </td>
      <td>
        <JobStatusBadge status={job.status} title={job.error} />
      </td>
      <td title={formatTimestamp(job.startedAt)}>
        <time dateTime={new Date(job.startedAt).toISOString()}>{formatShortTimestamp(job.startedAt, now)}</time>
      </td>
      <td className={styles.num}>{formatDuration(jobDuration(job, job.status === 'running' ? now : undefined))}</td>
      <td className={styles.num}>
        {job.config.executors}
        {job.lostExecutors.length > 0 && (
          <span className={styles.lostNote} title={job.lostExecutors.map((l) => `Worker ${l.executor}: ${l.reason}`).join('\n')}>
            ({job.lostExecutors.length} lost)
          </span>
        )}
      </td>
      <td>
        <MetricsSummary job={job} />
      </td>
      <td>
        <button
          type="button"
          className={`sb-button sb-button-ghost ${styles.rowAction}`}
          aria-label={`Delete job ${job.id}`}
          onClick={() => onDelete(job)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
