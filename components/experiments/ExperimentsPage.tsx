'use client';
/**
 * /experiments: the sweeps run in this browser, newest first, each with its table, chart and
 * links to every configuration's job and model. A sweep is a job of kind 'sweep' in the job
 * history, so this page reads the job store; nothing else keeps sweeps.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { formatTimestamp } from '../../lib/jobs/formatJob';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/notebookStoreInstance';
import { SweepView } from './SweepView';
import jobs from '../jobs/Jobs.module.css';
import styles from './Experiments.module.css';

type SweepJob = JobRecord & { sweep: NonNullable<JobRecord['sweep']> };

export function ExperimentsPage() {
  const [sweeps, setSweeps] = useState<SweepJob[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    jobStore()
      .list()
      .then((list) => setSweeps(list.filter((j): j is SweepJob => j.kind === 'sweep' && j.sweep !== undefined)))
      .catch((e: Error) => {
        setError(`Could not read the experiments from this browser's storage: ${e.message}`);
        setSweeps([]);
      });
  }, []);

  return (
    <div className={jobs.page}>
      <div className={jobs.hero}>
        <div>
          <h1>Experiments</h1>
          <p>Parameter sweeps run with spark.sweep in this browser: one model per configuration, finished configurations reused from the model repository.</p>
        </div>
      </div>
      {error && (
        <div role="alert" className="sb-alert">
          {error}
        </div>
      )}
      {sweeps === null ? (
        <p className={jobs.muted}>Loading…</p>
      ) : sweeps.length === 0 ? (
        <div className={jobs.empty}>
          <p>
            <strong>No sweeps yet</strong>
          </p>
          <p className={jobs.muted}>Run spark.sweep in a notebook, or open the “MNIST learning-rate sweep” example.</p>
        </div>
      ) : (
        sweeps.map((job) => (
          <article key={job.id} className={styles.experiment} aria-labelledby={`experiment-${job.id}`}>
            <h2 id={`experiment-${job.id}`}>{job.sweep.name}</h2>
            <p className={styles.meta}>
              {formatTimestamp(job.startedAt)} · {job.status} · <Link href={`/jobs/${encodeURIComponent(job.id)}`}>job {job.id}</Link>
              {job.notebookId ? (
                <>
                  {' · '}
                  <Link href={`/notebooks/${encodeURIComponent(job.notebookId)}`}>{job.notebookTitle || 'notebook'}</Link>
                </>
              ) : null}
            </p>
            <SweepView summary={job.sweep} />
          </article>
        ))
      )}
    </div>
  );
}
