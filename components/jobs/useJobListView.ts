'use client';
/** How the job history is shown: its sort, its filters, the jobs ticked for comparison, and what follows from them. */
import { useMemo, useState } from 'react';
import {
  filterJobs,
  groupSweepJobs,
  jobNotebooks,
  sortJobs,
  type JobFilter,
  type JobSortKey,
  type SortDirection,
} from '../../lib/jobs/jobList';
import type { JobRecord } from '../../lib/jobs/jobRecord';

/** Text columns read best A→Z first; times, durations and counts biggest first. */
const FIRST_DIRECTION: Record<JobSortKey, SortDirection> = {
  id: 'ascending',
  kind: 'ascending',
  notebook: 'ascending',
  status: 'ascending',
  startedAt: 'descending',
  duration: 'descending',
  executors: 'descending',
  metrics: 'ascending',
};

export function useJobListView(jobs: JobRecord[] | null) {
  const [sort, setSort] = useState<{ key: JobSortKey; direction: SortDirection }>({ key: 'startedAt', direction: 'descending' });
  const [filter, setFilter] = useState<JobFilter>({});
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  // Jobs deleted here or in another tab drop out of the selection.
  const selected = useMemo(() => new Set([...chosen].filter((id) => jobs?.some((j) => j.id === id))), [chosen, jobs]);
  const notebooks = useMemo(() => jobNotebooks(jobs ?? []), [jobs]);
  const shown = useMemo(() => groupSweepJobs(sortJobs(filterJobs(jobs ?? [], filter), sort.key, sort.direction)), [jobs, filter, sort]);
  // Compared in the table's order, so the chart legend and the columns read like the table.
  const compared = useMemo(
    () =>
      sortJobs(
        (jobs ?? []).filter((j) => selected.has(j.id)),
        sort.key,
        sort.direction,
      ),
    [jobs, selected, sort],
  );

  function toggleSort(key: JobSortKey) {
    setSort((prev) =>
      prev.key === key
        ? { key, direction: prev.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }

  function select(id: string, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return { sort, toggleSort, filter, setFilter, selected, select, notebooks, shown, compared };
}
