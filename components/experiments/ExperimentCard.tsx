import Link from 'next/link';
import { formatDuration, formatTimestamp } from '../../lib/jobs/formatJob';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { SweepView } from '../outputs/SweepView';
import jobs from '../jobs/Jobs.module.css';
import styles from './Experiments.module.css';
import { jobHref, notebookHref } from '../../lib/routes/appRoutes';

/** A job of kind 'sweep' that carries its results. */
export type SweepJob = JobRecord & { sweep: NonNullable<JobRecord['sweep']> };

/** One sweep on /experiments: its name, when it ran and for how long, its job and notebook, and its results. */
export function ExperimentCard({ job }: { job: SweepJob }) {
  const { sweep } = job;
  const headingId = `experiment-${job.id}`;
  return (
    <article className={styles.experiment} aria-labelledby={headingId}>
      <h2 id={headingId}>{sweep.name}</h2>
      <p className={styles.meta}>
        <span className={jobs.badge} data-status={job.status}>
          {job.status}
        </span>
        <span>{formatTimestamp(job.startedAt)}</span>
        {job.endedAt !== undefined ? <span>took {formatDuration(job.endedAt - job.startedAt)}</span> : null}
        <Link href={jobHref(job.id)}>sweep job</Link>
        {job.notebookId ? <Link href={notebookHref(job.notebookId)}>{job.notebookTitle || 'notebook'}</Link> : null}
      </p>
      <SweepView summary={sweep} named={false} />
    </article>
  );
}
