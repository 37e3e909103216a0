import type { JobSortKey, SortDirection } from '../../lib/jobs/jobList';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { JobRow } from './JobRow';
import { SortableHeader, type SortableColumn } from './SortableHeader';
import styles from './Jobs.module.css';

/** The table's columns, in order (JobRow's cells follow it). */
const COLUMNS: SortableColumn<JobSortKey>[] = [
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
            {COLUMNS.map((column) => (
              <SortableHeader key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <JobRow key={job.id} job={job} selected={selected.has(job.id)} onSelect={onSelect} onDelete={onDelete} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
