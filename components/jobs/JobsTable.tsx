import Link from 'next/link';
import { formatDuration, formatShortTimestamp, formatTimestamp } from '../../lib/jobs/formatJob';
import type { JobSortKey, SortDirection } from '../../lib/jobs/jobList';
import { jobDuration } from '../../lib/jobs/jobMetrics';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { JobStatusBadge } from './JobStatusBadge';
import { MetricsSummary } from './MetricsSummary';
import styles from './Jobs.module.css';
import { jobHref, notebookHref } from '../../lib/routes/appRoutes';

/** The table's columns, in order; `numeric` ones are right-aligned. */
const COLUMNS: { key: JobSortKey; label: string; numeric?: boolean }[] = [
  { key: 'id', label: 'Job id' },
  { key: 'kind', label: 'Kind' },
  { key: 'notebook', label: 'Notebook' },
  { key: 'status', label: 'Status' },
  { key: 'startedAt', label: 'Started' },
  { key: 'duration', label: 'Duration', numeric: true },
  { key: 'executors', label: 'Executors', numeric: true },
  { key: 'metrics', label: 'Final metrics' },
];

export interface JobsTableProps {
  jobs: JobRecord[];
  sort: { key: JobSortKey; direction: SortDirection };
  onSort(key: JobSortKey): void;
  selected: ReadonlySet<string>;
  onSelect(id: string, selected: boolean): void;
  onDelete(job: JobRecord): void;
  /** The clock for running jobs' durations. */
  now: number;
}

/** The job history table: sortable headers (buttons, aria-sort), a checkbox and a Delete per row. */
export function JobsTable({ jobs, sort, onSort, selected, onSelect, onDelete, now }: JobsTableProps) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Jobs</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.check}>
              <span className="visually-hidden">Select</span>
            </th>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? sort.direction : undefined}
                  className={column.numeric ? styles.num : undefined}
                >
                  <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
                    {column.label}
                    <span className={styles.sortIcon} aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const isSelected = selected.has(job.id);
            return (
              <tr key={job.id} data-selected={isSelected} data-status={job.status}>
                <td className={styles.check}>
                  <input
                    type="checkbox"
                    aria-label={`Select job ${job.id}`}
                    checked={isSelected}
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
          })}
        </tbody>
      </table>
    </div>
  );
}
