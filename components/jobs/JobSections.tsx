'use client';
/** The body of a job's page, one section per concern: sweep, configuration, curves, evaluation, where tasks ran. */
import Link from 'next/link';
import { configEntries } from '../../lib/jobs/configComparison';
import { epochTable, jobCurveChart } from '../../lib/jobs/jobCharts';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { ChartView } from '../outputs/ChartView';
import { SweepView } from '../outputs/SweepView';
import { SectionBoundary } from '../shell/SectionBoundary';
import { EpochMetricsTable } from './EpochMetricsTable';
import { ExecutorTimeline } from './ExecutorTimeline';
import { JobEvaluationView } from './JobEvaluationView';
import { StageTable } from './StageTable';
import styles from './Jobs.module.css';
import { jobHref } from '../../lib/routes/appRoutes';

export function SweepSection({ job }: { job: JobRecord }) {
  return (
    <>
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
          One configuration of the sweep <Link href={jobHref(job.sweepJobId)}>{job.sweepJobId}</Link>.
        </p>
      ) : null}
    </>
  );
}

export function ConfigurationSection({ job }: { job: JobRecord }) {
  return (
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
  );
}

export function CurvesSection({ job }: { job: JobRecord }) {
  const chart = jobCurveChart(job);
  const epochs = epochTable(job);
  return (
    <section className={styles.section} aria-labelledby="curves">
      <h2 id="curves">Curves</h2>
      {chart ? (
        <div className={styles.curves}>
          <SectionBoundary name="The loss chart">
            <ChartView chart={chart} ariaLabel="Loss chart" />
          </SectionBoundary>
          {epochs.rows.length > 0 && <EpochMetricsTable epochs={epochs} />}
        </div>
      ) : (
        <p className={styles.muted}>
          This {job.kind} job recorded no training curves{job.kind === 'fit' ? ' yet' : ' (only fit jobs train)'}.
        </p>
      )}
    </section>
  );
}

export function EvaluationSection({ job }: { job: JobRecord }) {
  if (!job.evaluation) return null;
  return (
    <section className={styles.section} aria-labelledby="evaluation">
      <h2 id="evaluation">Evaluation</h2>
      <SectionBoundary name="The evaluation">
        <JobEvaluationView evaluation={job.evaluation} />
      </SectionBoundary>
    </section>
  );
}

export function TimelineSection({ job }: { job: JobRecord }) {
  return (
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
  );
}
