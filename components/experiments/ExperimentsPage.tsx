'use client';
/**
 * /experiments: the sweeps run in this browser, newest first, each with its table, chart and
 * links to every configuration's job and model. A sweep is a job of kind 'sweep' in the job
 * history, so this page reads the job store; nothing else keeps sweeps.
 */
import { useEffect, useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';
import { ExperimentCard, type SweepJob } from './ExperimentCard';
import { SectionBoundary } from '../shell/SectionBoundary';
import { Notice } from '../shell/Notice';
import jobs from '../jobs/Jobs.module.css';

/** The sweep jobs among all jobs, in the store's order (newest first). */
export function sweepJobs(list: readonly JobRecord[]): SweepJob[] {
  return list.filter((j): j is SweepJob => j.kind === 'sweep' && j.sweep !== undefined);
}

export function ExperimentsPage() {
  const [sweeps, setSweeps] = useState<SweepJob[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    jobStore()
      .list()
      .then((list) => setSweeps(sweepJobs(list)))
      .catch((e: Error) => {
        setError(
          `Could not read the experiments from this browser's storage: ${e.message}. Reload the page; if it persists, check the Jobs page.`,
        );
        setSweeps([]);
      });
  }, []);

  return <ExperimentsList sweeps={sweeps} error={error} />;
}

/** The page body for a given list; separate from the loading so tests render it without IndexedDB. */
export function ExperimentsList({ sweeps, error }: { sweeps: SweepJob[] | null; error?: string | null }) {
  return (
    <div className={jobs.page}>
      <div className={jobs.hero}>
        <div>
          <h1>Experiments</h1>
          <p>
            Parameter sweeps run with spark.sweep in this browser: one model per configuration, finished configurations reused from the
            model repository.
          </p>
        </div>
      </div>
      <Notice kind="error">{error}</Notice>
      {sweeps === null ? (
        <p className={jobs.muted}>Loading…</p>
      ) : sweeps.length === 0 ? (
        <div className={jobs.empty}>
          <p>
            <strong>No sweeps yet — run spark.sweep in a notebook</strong>
          </p>
          <p className={jobs.muted}>Or open the “MNIST learning-rate sweep” example from the notebook gallery.</p>
        </div>
      ) : (
        sweeps.map((job) => (
          <SectionBoundary key={job.id} name={`The sweep ${job.id}`}>
            <ExperimentCard job={job} />
          </SectionBoundary>
        ))
      )}
    </div>
  );
}
