import Link from 'next/link';
import { formatShortTimestamp, formatTimestamp } from '../../lib/jobs/formatJob';
import { formatMetrics, formatShapes } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { modelHref } from '../../lib/routes/appRoutes';
import { ModelDownload } from './ModelDownload';
import { ModelSource } from './ModelSource';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';

/** One model version in the repository table, in the order of ModelsTable's columns. */
export function ModelRow({
  model,
  onDelete,
  onError,
}: {
  model: ModelRecord;
  onDelete(model: ModelRecord): void;
  onError(message: string): void;
}) {
  return (
    <tr>
      <td>
        <Link href={modelHref(model.id)} className={jobs.notebookLink}>
          {model.name}
        </Link>
      </td>
      <td className={jobs.num}>{model.version}</td>
      <td title={formatTimestamp(model.createdAt)}>
        <time dateTime={new Date(model.createdAt).toISOString()}>{formatShortTimestamp(model.createdAt)}</time>
      </td>
      <td className={jobs.num}>{model.params.toLocaleString('en-US')}</td>
      <td className={styles.shapes}>
        {formatShapes(model.inputShapes)} → {formatShapes(model.outputShapes)}
      </td>
      <td className={jobs.metrics}>{formatMetrics(model) || <span className={jobs.muted}>—</span>}</td>
      <td>
        <ModelSource model={model} />
      </td>
      <td>
        <span className={jobs.actions}>
          <ModelDownload model={model} onError={onError} />
          <button
            type="button"
            className={`sb-button sb-button-ghost ${styles.rowAction}`}
            onClick={() => onDelete(model)}
            aria-label={`Delete ${model.name} version ${model.version}`}
          >
            Delete
          </button>
        </span>
      </td>
    </tr>
  );
}
