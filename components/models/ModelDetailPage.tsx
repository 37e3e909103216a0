'use client';
/**
 * /models/[id]: one model version: its facts, Keras-style summary, the curves of the job that
 * trained it, its notes, the other versions of its name, Download and Delete.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { formatTimestamp } from '../../lib/jobs/formatJob';
import { jobCurveChart } from '../../lib/jobs/jobCharts';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { formatMetrics, formatShapes } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { jobStore, modelStore } from '../../lib/state/browserStores';
import { ChartView } from '../outputs/ChartView';
import { ModelSummaryView } from '../outputs/ModelSummaryView';
import { ModelDownload } from './ModelDownload';
import { ModelSource } from './ModelsTable';
import { SectionBoundary } from '../shell/SectionBoundary';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; model: ModelRecord; versions: ModelRecord[]; job?: JobRecord }
  | { state: 'missing' }
  | { state: 'error'; message: string };

export function ModelDetailPage({ id }: { id: string }) {
  const router = useRouter();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [actionError, setActionError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const all = await modelStore().list();
      const model = all.find((m) => m.id === id);
      if (!model) return setLoad({ state: 'missing' });
      // A missing or unreadable job only costs the curves, not the page.
      const job = model.training?.jobId ? await jobStore().get(model.training.jobId).catch(() => undefined) : undefined;
      setLoad({ state: 'ready', model, versions: all.filter((m) => m.name === model.name).sort((a, b) => b.version - a.version), job });
    } catch (e) {
      setLoad({ state: 'error', message: (e as Error).message });
    }
  }, [id]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function remove(model: ModelRecord) {
    if (!window.confirm(`Delete ${model.name} version ${model.version} from the repository? This can't be undone.`)) return;
    try {
      await modelStore().delete(model.id);
      router.push('/models');
    } catch (e) {
      setActionError(`Could not delete ${model.name}: ${(e as Error).message}`);
    }
  }

  if (load.state === 'loading') return <p className={jobs.message}>Opening model…</p>;
  if (load.state === 'missing' || load.state === 'error')
    return (
      <div className={jobs.message} role="alert">
        <h1 className={jobs.messageTitle}>{load.state === 'missing' ? 'Model not found' : 'Model cannot be read'}</h1>
        <p>{load.state === 'missing' ? `There is no model ${id} in this browser's repository. It may have been deleted, or saved in another browser.` : load.message}</p>
        <Link href="/models">Back to models</Link>
      </div>
    );

  const { model, versions, job } = load;
  const chart = job ? jobCurveChart(job) : null;
  const facts: [string, React.ReactNode][] = [
    ['Version', model.version],
    ['Created', formatTimestamp(model.createdAt)],
    ['Class', model.className],
    ['Parameters', model.params.toLocaleString('en-US')],
    ['Inputs → outputs', <span className={styles.shapes}>{formatShapes(model.inputShapes)} → {formatShapes(model.outputShapes)}</span>],
    ['Loss', model.loss ?? 'not compiled'],
    ['Optimizer', model.optimizer ?? '—'],
    ['Final metrics', formatMetrics(model) || '—'],
    ['Source', <ModelSource model={model} />],
  ];
  if (model.importedFrom) facts.push(['Imported from', `${model.importedFrom.fileName} (${model.importedFrom.format}${model.importedFrom.kerasVersion ? `, Keras ${model.importedFrom.kerasVersion}` : ''})`]);

  return (
    <div className={jobs.page}>
      <nav aria-label="Breadcrumb" className={jobs.breadcrumb}>
        <Link href="/models">Models</Link> / <span>{model.name}</span>
      </nav>
      <header className={jobs.detailHero}>
        <div className={jobs.titleRow}>
          <h1>
            {model.name} <span className={jobs.muted}>v{model.version}</span>
          </h1>
        </div>
        <dl className={jobs.facts}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className={jobs.heroActions}>
          <ModelDownload model={model} onError={setActionError} />
          <button type="button" className="sb-button sb-button-ghost" onClick={() => void remove(model)}>
            Delete version
          </button>
        </div>
        {model.importedFrom?.notes?.map((note) => (
          <div key={note} className="sb-banner" role="note">
            {note}
          </div>
        ))}
        {actionError && (
          <div role="alert" className="sb-alert">
            {actionError}
          </div>
        )}
      </header>

      <section className={jobs.section} aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <div className={styles.summary}>
          <SectionBoundary name="The summary">
            <ModelSummaryView model={model.summary} />
          </SectionBoundary>
        </div>
      </section>

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

      <section className={jobs.section} aria-labelledby="notes">
        <h2 id="notes">Notes</h2>
        {model.notes ? <p className={styles.notes}>{model.notes}</p> : <p className={jobs.muted}>No notes. Add them when saving: models.save(model, name, {'{'} notes {'}'}).</p>}
      </section>

      {versions.length > 1 && (
        <section className={jobs.section} aria-labelledby="versions">
          <h2 id="versions">Versions of {model.name}</h2>
          <ul>
            {versions.map((v) => (
              <li key={v.id}>
                {v.id === model.id ? <strong>v{v.version} (this one)</strong> : <Link href={`/models/${encodeURIComponent(v.id)}`}>v{v.version}</Link>} — {formatTimestamp(v.createdAt)}
                {formatMetrics(v) ? ` — ${formatMetrics(v)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
