'use client';
import type { JobView } from '../../lib/state/clusterStore';
import { ProgressBar } from '../outputs/ProgressBar';
import styles from './WorkersPanel.module.css';

/** The current (or last) job: id, kind, step / total and a progress bar. */
export function JobProgressView({ job }: { job: JobView }) {
  const total = Math.max(job.totalSteps, 1);
  const pct = job.status === 'succeeded' ? 100 : Math.min(100, Math.round((job.step / total) * 100));
  return (
    <div className={styles.job} data-status={job.status} aria-label="Current job">
      <div className={styles.jobLine}>
        <strong>{job.jobId}</strong> · {job.kind} · <span data-status={job.status}>{job.status}</span>
      </div>
      <div className={styles.jobLine}>
        {job.kind === 'fit' ? `step ${job.step} / ${job.totalSteps}` : `${job.step} / ${job.totalSteps} samples`}
        {job.kind === 'fit' && job.epochs > 0 && ` · epoch ${job.epoch} / ${job.epochs}`}
      </div>
      <ProgressBar percent={pct} label="Job progress" className={styles.bar} />
      {job.error && <p className={styles.jobError}>{job.error}</p>}
    </div>
  );
}
