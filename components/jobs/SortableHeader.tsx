import type { SortDirection } from '../../lib/jobs/jobList';
import styles from './Jobs.module.css';

export interface SortableColumn<K extends string> {
  key: K;
  label: string;
  /** Right-aligned, as numbers are. */
  numeric?: boolean;
}

/** A column header that sorts its table: a button, with `aria-sort` on the active column. */
export function SortableHeader<K extends string>({
  column,
  sort,
  onSort,
}: {
  column: SortableColumn<K>;
  sort: { key: K; direction: SortDirection };
  onSort(key: K): void;
}) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={column.numeric ? styles.num : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
        {column.label}
        <span className={styles.sortIcon} aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
