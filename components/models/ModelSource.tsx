import Link from 'next/link';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { jobHref, notebookHref } from '../../lib/routes/appRoutes';
import jobs from '../jobs/Jobs.module.css';

/** Where the model came from: its notebook and training job, or the file it was imported from. */
export function ModelSource({ model }: { model: ModelRecord }) {
  const parts = [];
  if (model.notebookId) {
    parts.push(
      <Link key="nb" href={notebookHref(model.notebookId)} className={jobs.notebookLink}>
        {model.notebookTitle || 'notebook'}
      </Link>,
    );
  }
  if (model.training?.jobId) {
    parts.push(
      <Link key="job" href={jobHref(model.training.jobId)} className={jobs.jobLink}>
        {model.training.jobId}
      </Link>,
    );
  } else if (model.training) {
    parts.push(<span key="fit">model.fit</span>);
  }
  if (model.importedFrom) parts.push(<span key="file">imported {model.importedFrom.fileName}</span>);
  if (parts.length === 0) return <span className={jobs.muted}>—</span>;
  return <>{parts.flatMap((p, i) => (i > 0 ? [' · ', p] : [p]))}</>;
}
