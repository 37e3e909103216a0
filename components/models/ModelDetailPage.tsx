'use client';
/**
 * /models/[id]: one model version: its facts, Keras-style summary, the curves of the job that
 * trained it, its notes, the other versions of its name, Download and Delete.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { modelStore } from '../../lib/state/browserStores';
import { ModelDownload } from './ModelDownload';
import { ModelFacts } from './ModelFacts';
import { NotesSection, SummarySection, TrainingSection, VersionsSection } from './ModelSections';
import { useModelRecord } from './useModelRecord';
import { Notice } from '../shell/Notice';
import jobs from '../jobs/Jobs.module.css';

export function ModelDetailPage({ id }: { id: string }) {
  const router = useRouter();
  const load = useModelRecord(id);
  const [actionError, setActionError] = useState<string | null>(null);

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
        <p>
          {load.state === 'missing'
            ? `There is no model ${id} in this browser's repository. It may have been deleted, or saved in another browser.`
            : load.message}
        </p>
        <Link href="/models">Back to models</Link>
      </div>
    );

  const { model, versions, job } = load;
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
        <ModelFacts model={model} />
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
        <Notice kind="error">{actionError}</Notice>
      </header>
      <SummarySection model={model} />
      <TrainingSection model={model} job={job} />
      <NotesSection model={model} />
      <VersionsSection model={model} versions={versions} />
    </div>
  );
}
