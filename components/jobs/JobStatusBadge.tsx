import type { JobStatus } from '../../lib/jobs/jobRecord';
import styles from './Jobs.module.css';

/** A job's status as a coloured tag; the error, if any, shows on hover. */
export function JobStatusBadge({ status, title }: { status: JobStatus; title?: string }) {
  return (
    <span className={styles.badge} data-status={status} title={title}>
      {status}
    </span>
  );
}
