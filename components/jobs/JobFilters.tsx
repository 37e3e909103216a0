'use client';
import type { JobFilter } from '../../lib/jobs/jobList';
import { jobStatusSchema, type JobStatus } from '../../lib/jobs/jobRecord';
import styles from './Jobs.module.css';

/** Status and notebook filters of the job history. */
export function JobFilters({
  filter,
  onChange,
  notebooks,
}: {
  filter: JobFilter;
  onChange(update: (f: JobFilter) => JobFilter): void;
  notebooks: { id: string; title: string }[];
}) {
  return (
    <div className={styles.filters}>
      <label className={styles.field}>
        Status
        <select
          aria-label="Filter by status"
          value={filter.status ?? ''}
          onChange={(e) => onChange((f) => ({ ...f, status: (e.target.value || undefined) as JobStatus | undefined }))}
        >
          <option value="">All statuses</option>
          {jobStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        Notebook
        <select
          aria-label="Filter by notebook"
          value={filter.notebookId ?? ''}
          onChange={(e) => onChange((f) => ({ ...f, notebookId: e.target.value || undefined }))}
        >
          <option value="">All notebooks</option>
          {notebooks.map((nb) => (
            <option key={nb.id} value={nb.id}>
              {nb.title || nb.id}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
