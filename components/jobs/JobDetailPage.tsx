'use client';
/**
 * /jobs/[id]: one job of the history, like a Spark UI job page: what ran and how it was set up,
 * its training curves, its evaluation, and where each task ran (executor timeline and stages).
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { ChartView } from '../outputs/ChartView';
import { cellHref } from '../../lib/jobs/cellLink';
import { configEntries } from '../../lib/jobs/configComparison';
import { formatDuration, formatMetric, formatTimestamp } from '../../lib/jobs/formatJob';
import { epochTable, jobCurveChart } from '../../lib/jobs/jobCharts';
import { jobDuration } from '../../lib/jobs/jobMetrics';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { jobStore } from '../../lib/state/browserStores';
import { downloadJobJson } from './downloadJobJson';
import { ExecutorTimeline } from './ExecutorTimeline';
import { JobEvaluationView } from './JobEvaluationView';
import { JobStatusBadge } from './JobStatusBadge';
import { StageTable } from './StageTable';
import { SweepView } from '../outputs/SweepView';
import { SectionBoundary } from '../shell/SectionBoundary';
import styles from './Jobs.module.css';

type Load = { state: 'loading' } | { state: 'ready'; job: JobRecord } | { state: 'missing' } | { state: 'error'; message: string };

const REFRESH_WHILE_RUNNING_MS = 2000;

export function JobDetailPage({ id }: { id: string }) {
  const router = useRouter();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [actionError, setActionError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const job = await jobStore().get(id);
      setLoad(job ? { state: 'ready', job } : { state: 'missing' });
    } catch (e) {
      setLoad({ state: 'error', message: (e as Error).message });
    }
  }, [id]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const running = load.state === 'ready' && load.job.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), REFRESH_WHILE_RUNNING_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

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
        <div role="alert" className="sb-alert">
          {load.message}
        </div>
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
  const chart = jobCurveChart(job);
  const epochs = epochTable(job);
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/jobs">Jobs</Link> / <span className={styles.mono}>{job.id}</span>
      </nav>
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
              <Link href={`/notebooks/${encodeURIComponent(job.notebookId)}`}>{job.notebookTitle || job.notebookId}</Link>
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
          <button type="button" className="sb-button sb-button-ghost" onClick={() => exportJson(job)}>
            Export JSON
          </button>
          <button type="button" className="sb-button sb-button-ghost" onClick={() => void remove()}>
            Delete job
          </button>
        </div>
        {actionError && (
          <div role="alert" className="sb-alert">
            {actionError}
          </div>
        )}
      </header>

      {job.sweep ? (
        <section className={styles.section} aria-labelledby="sweep">
          <h2 id="sweep">Sweep</h2>
          <SectionBoundary name="The sweep">
            <SweepView summary={job.sweep} />
          </SectionBoundary>
        </section>
      ) : null}
      {job.sweepJobId ? (
        <p className={styles.muted}>
          One configuration of the sweep <Link href={`/jobs/${encodeURIComponent(job.sweepJobId)}`}>{job.sweepJobId}</Link>.
        </p>
      ) : null}

      <section className={styles.section} aria-labelledby="configuration">
        <h2 id="configuration">Configuration</h2>
        <SectionBoundary name="The configuration">
          <dl className={styles.config}>
            {configEntries(job.config).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </SectionBoundary>
      </section>

      <section className={styles.section} aria-labelledby="curves">
        <h2 id="curves">Curves</h2>
        {chart ? (
          <div className={styles.curves}>
            <SectionBoundary name="The loss chart">
              <ChartView chart={chart} ariaLabel="Loss chart" />
            </SectionBoundary>
            {epochs.rows.length > 0 && (
              <div className={styles.scroll} tabIndex={0} aria-label="Metrics per epoch (scrollable)">
                <table className={styles.smallTable}>
                  <caption className="visually-hidden">Metrics per epoch</caption>
                  <thead>
                    <tr>
                      <th scope="col">Epoch</th>
                      <th scope="col">Step</th>
                      {epochs.columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {epochs.rows.map((row) => (
                      <tr key={row.epoch}>
                        <td>{row.epoch}</td>
                        <td>{row.step}</td>
                        {row.values.map((v, i) => (
                          <td key={epochs.columns[i]}>{v === undefined ? '—' : formatMetric(v)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ) : (
          <p className={styles.muted}>This {job.kind} job recorded no training curves{job.kind === 'fit' ? ' yet' : ' (only fit jobs train)'}.</p>
        )}
      </section>

      {job.evaluation && (
        <section className={styles.section} aria-labelledby="evaluation">
          <h2 id="evaluation">Evaluation</h2>
          <SectionBoundary name="The evaluation">
            <JobEvaluationView evaluation={job.evaluation} />
          </SectionBoundary>
        </section>
      )}

      <section className={styles.section} aria-labelledby="timeline">
        <h2 id="timeline">Executor timeline</h2>
        <SectionBoundary name="The executor timeline">
          <ExecutorTimeline job={job} />
        </SectionBoundary>
        <h3 className={styles.subheading}>Stages</h3>
        <SectionBoundary name="The stages table">
          <StageTable tasks={job.tasks} />
        </SectionBoundary>
      </section>
    </div>
  );
}
