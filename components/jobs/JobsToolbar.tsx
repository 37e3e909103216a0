'use client';
import type { JobFilter } from '../../lib/jobs/jobList';
import { JobFilters } from './JobFilters';
import styles from './Jobs.module.css';

/** Above the jobs table: the filters, how many jobs are ticked, and Compare (two or more). */
export function JobsToolbar({
  filter,
  onFilter,
  notebooks,
  selectedCount,
  onCompare,
}: {
  filter: JobFilter;
  onFilter(update: (f: JobFilter) => JobFilter): void;
  notebooks: { id: string; title: string }[];
  selectedCount: number;
  onCompare(): void;
}) {
  return (
    <div className={styles.toolbar}>
      <JobFilters filter={filter} onChange={onFilter} notebooks={notebooks} />
      <div className={styles.actions}>
        <span className={styles.selection} aria-live="polite">
          {selectedCount === 0 ? 'Select jobs to compare' : `${selectedCount} selected`}
        </span>
        <button
          type="button"
          className="sb-button"
          disabled={selectedCount < 2}
          onClick={onCompare}
          title={selectedCount < 2 ? 'Select two or more jobs' : undefined}
        >
          Compare
        </button>
      </div>
    </div>
  );
}
