'use client';
/** The body of a model's page: its summary, the curves of the job that trained it, notes, other versions. */
import Link from 'next/link';
import { formatTimestamp } from '../../lib/jobs/formatJob';
import { jobCurveChart } from '../../lib/jobs/jobCharts';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { formatMetrics } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { ChartView } from '../outputs/ChartView';
import { ModelSummaryView } from '../outputs/ModelSummaryView';
import { SectionBoundary } from '../shell/SectionBoundary';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';
import { modelHref } from '../../lib/routes/appRoutes';

export function SummarySection({ model }: { model: ModelRecord }) {
  return (
    <section className={jobs.section} aria-labelledby="summary">
      <h2 id="summary">Summary</h2>
      <div className={styles.summary}>
        <SectionBoundary name="The summary">
          <ModelSummaryView model={model.summary} />
        </SectionBoundary>
      </div>
    </section>
  );
}

export function TrainingSection({ model, job }: { model: ModelRecord; job?: JobRecord }) {
  const chart = job ? jobCurveChart(job) : null;
  return (
    <section className={jobs.section} aria-labelledby="training">
      <h2 id="training">Training</h2>
      {chart ? (
        <SectionBoundary name="The training curves">
          <ChartView chart={chart} ariaLabel="Training curves" />
        </SectionBoundary>
      ) : (
        <p className={jobs.muted}>
          {model.training?.jobId
            ? `The job ${model.training.jobId} that trained this model is no longer in the job history.`
            : model.training
              ? 'Trained with model.fit in the notebook, which keeps no job history; the final metrics are above.'
              : 'No training recorded: the model was imported or saved before it was trained.'}
        </p>
      )}
    </section>
  );
}

export function NotesSection({ model }: { model: ModelRecord }) {
  return (
    <section className={jobs.section} aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      {model.notes ? (
        <p className={styles.notes}>{model.notes}</p>
      ) : (
        <p className={jobs.muted}>
          No notes. Add them when saving: models.save(model, name, {'{'} notes {'}'}).
        </p>
      )}
    </section>
  );
}

export function VersionsSection({ model, versions }: { model: ModelRecord; versions: ModelRecord[] }) {
  if (versions.length <= 1) return null;
  return (
    <section className={jobs.section} aria-labelledby="versions">
      <h2 id="versions">Versions of {model.name}</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === model.id ? <strong>v{v.version} (this one)</strong> : <Link href={modelHref(v.id)}>v{v.version}</Link>} —{' '}
            {formatTimestamp(v.createdAt)}
            {formatMetrics(v) ? ` — ${formatMetrics(v)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
