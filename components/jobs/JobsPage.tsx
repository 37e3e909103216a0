'use client';
/**
 * /jobs: the job history (the app's Spark History Server). Every cluster job this browser ran,
 * sortable and filterable, with Delete per job and Compare for two or more selected jobs.
 * While a job runs, the list refreshes (the training page adds to a running job's record a few times a second).
 */
import { useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';
import { JobComparison } from './JobComparison';
import { JobsTable } from './JobsTable';
import { JobsToolbar } from './JobsToolbar';
import { useJobHistory } from './useJobHistory';
import { useJobListView } from './useJobListView';
import { SectionBoundary } from '../shell/SectionBoundary';
import { Notice } from '../shell/Notice';
import styles from './Jobs.module.css';

export function JobsPage() {
  const { jobs, error, setError, now, refresh } = useJobHistory();
  const { sort, toggleSort, filter, setFilter, selected, select, notebooks, shown, compared } = useJobListView(jobs);
  const [comparing, setComparing] = useState(false);

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
          <JobsToolbar
            filter={filter}
            onFilter={setFilter}
            notebooks={notebooks}
            selectedCount={selected.size}
            onCompare={() => setComparing(true)}
          />
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
