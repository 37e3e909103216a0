'use client';
/**
 * /jobs: the job history (the app's Spark History Server). Every cluster job this browser ran,
 * sortable and filterable, with Delete per job and Compare for two or more selected jobs.
 * While a job runs, the list refreshes (the training page adds to a running job's record a few times a second).
 */
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
import { jobStore } from '../../lib/state/browserStores';
import { JobComparison } from './JobComparison';
import { JobFilters } from './JobFilters';
import { JobsTable } from './JobsTable';
import { useJobHistory } from './useJobHistory';
import { SectionBoundary } from '../shell/SectionBoundary';
import { Notice } from '../shell/Notice';
import styles from './Jobs.module.css';

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

export function JobsPage() {
  const { jobs, error, setError, now, refresh } = useJobHistory();
  const [sort, setSort] = useState<{ key: JobSortKey; direction: SortDirection }>({ key: 'startedAt', direction: 'descending' });
  const [filter, setFilter] = useState<JobFilter>({});
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);

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

  async function remove(job: JobRecord) {
    if (!window.confirm(`Delete job ${job.id} from the history? This can't be undone.`)) return;
    try {
      await jobStore().delete(job.id);
    } catch (e) {
      setError(`Could not delete job ${job.id}: ${(e as Error).message}`);
    }
    await refresh();
  }

  return (
    <div className={styles.page}>
      <div className={styles.hero}>
        <div>
          <h1>Jobs</h1>
          <p>Every spark.fit, spark.evaluate and spark.predict run in this browser: configuration, curves, stages and tasks.</p>
        </div>
      </div>
      <Notice kind="error">{error}</Notice>
      {jobs === null ? (
        <p className={styles.muted}>Loading…</p>
      ) : jobs.length === 0 ? (
        <div className={styles.empty}>
          <p>
            <strong>No jobs yet</strong>
          </p>
          <p className={styles.muted}>Run spark.fit in a notebook to see jobs here.</p>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <JobFilters filter={filter} onChange={setFilter} notebooks={notebooks} />
            <div className={styles.actions}>
              <span className={styles.selection} aria-live="polite">
                {selected.size === 0 ? 'Select jobs to compare' : `${selected.size} selected`}
              </span>
              <button
                type="button"
                className="sb-button"
                disabled={selected.size < 2}
                onClick={() => setComparing(true)}
                title={selected.size < 2 ? 'Select two or more jobs' : undefined}
              >
                Compare
              </button>
            </div>
          </div>
          <SectionBoundary name="The jobs table">
            <JobsTable
              jobs={shown}
              sort={sort}
              onSort={toggleSort}
              selected={selected}
              onSelect={select}
              onDelete={(job) => void remove(job)}
              now={now}
            />
          </SectionBoundary>
          {shown.length === 0 && (
            <div className={styles.empty}>
              <p className={styles.muted}>No jobs match these filters.</p>
              <button type="button" className="sb-button sb-button-ghost" onClick={() => setFilter({})}>
                Clear filters
              </button>
            </div>
          )}
          {comparing && compared.length >= 2 && (
            <SectionBoundary name="The comparison">
              <JobComparison jobs={compared} onClose={() => setComparing(false)} />
            </SectionBoundary>
          )}
        </>
      )}
    </div>
  );
}
