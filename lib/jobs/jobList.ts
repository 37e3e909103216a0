/**
 * Sorting and filtering the job history table. Pure: the page keeps only the chosen key,
 * direction and filter in state.
 */
import type { JobRecord, JobStatus } from './jobRecord';
import { finalMetrics, headlineMetrics, jobDuration } from './jobMetrics';

/** A sortable column of the jobs table. */
export type JobSortKey = 'id' | 'kind' | 'notebook' | 'status' | 'startedAt' | 'duration' | 'executors' | 'metrics';
/** Named as aria-sort names them, so the header can pass it straight through. */
export type SortDirection = 'ascending' | 'descending';

type SortValue = string | number | undefined;

/** What each column sorts by; undefined (a job with no metrics yet) sorts last either way. */
const SORT_VALUE: Record<JobSortKey, (job: JobRecord) => SortValue> = {
  id: (job) => job.id,
  kind: (job) => job.kind,
  notebook: (job) => job.notebookTitle.toLocaleLowerCase(),
  status: (job) => job.status,
  startedAt: (job) => job.startedAt,
  duration: (job) => jobDuration(job),
  executors: (job) => job.config.executors,
  // The first headline metric: loss when there is one.
  metrics: (job) => headlineMetrics(finalMetrics(job))[0]?.value,
};

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** A sorted copy; ties keep the newest job first, so the order never jumps between renders. */
export function sortJobs(jobs: readonly JobRecord[], key: JobSortKey, direction: SortDirection): JobRecord[] {
  const value = SORT_VALUE[key];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...jobs].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else {
      const order = compareValues(va, vb);
      if (order !== 0) return sign * order;
    }
    return b.startedAt - a.startedAt || compareValues(a.id, b.id);
  });
}

/** Which jobs the table shows; an absent field matches every job. */
export interface JobFilter {
  status?: JobStatus;
  notebookId?: string;
}

export function filterJobs(jobs: readonly JobRecord[], filter: JobFilter): JobRecord[] {
  return jobs.filter(
    (job) =>
      (filter.status === undefined || job.status === filter.status) &&
      (filter.notebookId === undefined || job.notebookId === filter.notebookId),
  );
}

/** The notebooks that have jobs, for the notebook filter: each once, by title. */
export function jobNotebooks(jobs: readonly JobRecord[]): { id: string; title: string }[] {
  const titles = new Map<string, string>();
  // Jobs come newest first, so the first title seen is the notebook's latest name.
  for (const job of jobs) if (!titles.has(job.notebookId)) titles.set(job.notebookId, job.notebookTitle);
  return [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/**
 * Puts each sweep configuration's job right after its sweep's job (in the order they came),
 * so a sweep of 18 configurations reads as one group; configurations whose sweep is not in
 * the list stay where they are.
 */
export function groupSweepJobs(jobs: readonly JobRecord[]): JobRecord[] {
  const present = new Set(jobs.map((j) => j.id));
  const children = new Map<string, JobRecord[]>();
  for (const job of jobs) {
    if (job.sweepJobId && present.has(job.sweepJobId)) children.set(job.sweepJobId, [...(children.get(job.sweepJobId) ?? []), job]);
  }
  return jobs.flatMap((job) => (job.sweepJobId && present.has(job.sweepJobId) ? [] : [job, ...(children.get(job.id) ?? [])]));
}
