import type { ModelSortKey, SortDirection } from '../../lib/models/modelList';
import type { ModelRecord } from '../../lib/models/modelRecord';
import { SortableHeader, type SortableColumn } from '../jobs/SortableHeader';
import { ModelRow } from './ModelRow';
import jobs from '../jobs/Jobs.module.css';

const SORTABLE: SortableColumn<ModelSortKey>[] = [
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

/** The repository: one row per model version (ModelRow), sortable, with Download and Delete. */
export function ModelsTable({ models, sort, onSort, onDelete, onError }: ModelsTableProps) {
  return (
    <div className={jobs.tableWrap}>
      <table className={jobs.table}>
        <caption>Models</caption>
        <thead>
          <tr>
            {SORTABLE.map((column) => (
              <SortableHeader key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
            <th scope="col">
              <span>Inputs → outputs</span>
            </th>
            <SortableHeader column={{ key: 'metric', label: 'Metrics' }} sort={sort} onSort={onSort} />
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
            <ModelRow key={m.id} model={m} onDelete={onDelete} onError={onError} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
