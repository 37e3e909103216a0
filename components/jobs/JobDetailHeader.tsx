'use client';
import Link from 'next/link';
import { cellHref } from '../../lib/jobs/cellLink';
import { formatDuration, formatTimestamp } from '../../lib/jobs/formatJob';
import { jobDuration } from '../../lib/jobs/jobMetrics';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { JobStatusBadge } from './JobStatusBadge';
import { Notice } from '../shell/Notice';
import styles from './Jobs.module.css';
import { notebookHref } from '../../lib/routes/appRoutes';

/** The job's id, status and facts (kind, notebook, when, how long), its error, and what can be done with it. */
export function JobDetailHeader({
  job,
  onExport,
  onDelete,
  actionError,
}: {
  job: JobRecord;
  onExport(): void;
  onDelete(): void;
  actionError: string | null;
}) {
  return (
    <header className={styles.detailHero}>
      <div className={styles.titleRow}>
        <h1>{job.id}</h1>
        <JobStatusBadge status={job.status} />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Kind</dt>
          <dd>{job.kind}</dd>
        </div>
        <div>
          <dt>Notebook</dt>
          <dd>
            <Link href={notebookHref(job.notebookId)}>{job.notebookTitle || job.notebookId}</Link>
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatTimestamp(job.startedAt)}</dd>
        </div>
        <div>
          <dt>Ended</dt>
          <dd>{job.endedAt === undefined ? '—' : formatTimestamp(job.endedAt)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(jobDuration(job, job.status === 'running' ? Date.now() : undefined))}</dd>
        </div>
      </dl>
      {job.error && (
        <div className={job.status === 'cancelled' ? 'sb-banner' : 'sb-alert'} role={job.status === 'failed' ? 'alert' : 'note'}>
          {job.error}
        </div>
      )}
      <div className={styles.heroActions}>
        <Link href={cellHref(job.notebookId, job.cellId)} className="sb-button sb-button-secondary">
          Open notebook cell
        </Link>
        <button type="button" className="sb-button sb-button-ghost" onClick={onExport}>
          Export JSON
        </button>
        <button type="button" className="sb-button sb-button-ghost" onClick={onDelete}>
          Delete job
        </button>
      </div>
      <Notice kind="error">{actionError}</Notice>
    </header>
  );
}
