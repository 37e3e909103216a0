'use client';
/**
 * /jobs/[id]: one job of the history, like a Spark UI job page: what ran and how it was set up,
 * its training curves, its evaluation, and where each task ran (executor timeline and stages).
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';
import { downloadJobJson } from './downloadJobJson';
import { JobDetailHeader } from './JobDetailHeader';
import { ConfigurationSection, CurvesSection, EvaluationSection, SweepSection, TimelineSection } from './JobSections';
import { useJobRecord } from './useJobRecord';
import { Notice } from '../shell/Notice';
import styles from './Jobs.module.css';

export function JobDetailPage({ id }: { id: string }) {
  const router = useRouter();
  const load = useJobRecord(id);
  const [actionError, setActionError] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(`Delete job ${id} from the history? This can't be undone.`)) return;
    try {
      await jobStore().delete(id);
      router.push('/jobs');
    } catch (e) {
      setActionError(`Could not delete job ${id}: ${(e as Error).message}`);
    }
  }

  function exportJson(job: JobRecord) {
    try {
      setActionError(null);
      downloadJobJson(job);
    } catch (e) {
      setActionError((e as Error).message);
    }
  }

  if (load.state === 'loading') return <p className={styles.message}>Opening job…</p>;
  if (load.state === 'missing')
    return (
      <div className={styles.message} role="alert">
        <h1 className={styles.messageTitle}>Job not found</h1>
        <p>
          There is no job <code>{id}</code> in this browser&apos;s job history. It may have been deleted, or run in another browser.
        </p>
        <Link href="/jobs">Back to jobs</Link>
      </div>
    );
  if (load.state === 'error')
    return (
      <div className={styles.message}>
        <Notice kind="error">{load.message}</Notice>
        <p className={styles.heroActions}>
          <Link href="/jobs" className="sb-button sb-button-secondary">
            Back to jobs
          </Link>
          <button type="button" className="sb-button sb-button-danger" onClick={() => void remove()}>
            Delete job
          </button>
        </p>
      </div>
    );

  const { job } = load;
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/jobs">Jobs</Link> / <span className={styles.mono}>{job.id}</span>
      </nav>
      <JobDetailHeader job={job} onExport={() => exportJson(job)} onDelete={() => void remove()} actionError={actionError} />
      <SweepSection job={job} />
      <ConfigurationSection job={job} />
      <CurvesSection job={job} />
      <EvaluationSection job={job} />
      <TimelineSection job={job} />
    </div>
  );
}
