import Link from 'next/link';
import { formatShortTimestamp, formatTimestamp } from '../../lib/jobs/formatJob';
import { formatMetrics, formatShapes, type ModelSortKey, type SortDirection } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { ModelDownload } from './ModelDownload';
import jobs from '../jobs/Jobs.module.css';
import styles from './Models.module.css';
import { jobHref, modelHref, notebookHref } from '../../lib/routes/appRoutes';

const SORTABLE: { key: ModelSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'version', label: 'Version', numeric: true },
  { key: 'createdAt', label: 'Created' },
  { key: 'params', label: 'Params', numeric: true },
];

export interface ModelsTableProps {
  models: ModelRecord[];
  sort: { key: ModelSortKey; direction: SortDirection };
  onSort(key: ModelSortKey): void;
  onDelete(model: ModelRecord): void;
  onError(message: string): void;
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: { key: ModelSortKey; label: string; numeric?: boolean };
  sort: ModelsTableProps['sort'];
  onSort(key: ModelSortKey): void;
}) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={column.numeric ? jobs.num : undefined}>
      <button type="button" className={jobs.sortButton} onClick={() => onSort(column.key)}>
        {column.label}
        <span className={jobs.sortIcon} aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The repository: one row per model version, sortable, with Download and Delete. */
export function ModelsTable({ models, sort, onSort, onDelete, onError }: ModelsTableProps) {
  return (
    <div className={jobs.tableWrap}>
      <table className={jobs.table}>
        <caption>Models</caption>
        <thead>
          <tr>
            {SORTABLE.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
            <th scope="col">
              <span>Inputs → outputs</span>
            </th>
            <SortHeader column={{ key: 'metric', label: 'Metrics' }} sort={sort} onSort={onSort} />
            <th scope="col">
              <span>Source</span>
            </th>
            <th scope="col">
              <span>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id}>
              <td>
                <Link href={modelHref(m.id)} className={jobs.notebookLink}>
                  {m.name}
                </Link>
              </td>
              <td className={jobs.num}>{m.version}</td>
              <td title={formatTimestamp(m.createdAt)}>
                <time dateTime={new Date(m.createdAt).toISOString()}>{formatShortTimestamp(m.createdAt)}</time>
              </td>
              <td className={jobs.num}>{m.params.toLocaleString('en-US')}</td>
              <td className={styles.shapes}>
                {formatShapes(m.inputShapes)} → {formatShapes(m.outputShapes)}
              </td>
              <td className={jobs.metrics}>{formatMetrics(m) || <span className={jobs.muted}>—</span>}</td>
              <td>
                <ModelSource model={m} />
              </td>
              <td>
                <span className={jobs.actions}>
                  <ModelDownload model={m} onError={onError} />
                  <button
                    type="button"
                    className={`sb-button sb-button-ghost ${styles.rowAction}`}
                    onClick={() => onDelete(m)}
                    aria-label={`Delete ${m.name} version ${m.version}`}
                  >
                    Delete
                  </button>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
