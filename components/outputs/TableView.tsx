import type { TableCell, TableData } from '@/lib/outputs/mime';
import styles from './outputs.module.css';

/** The index column the kernel adds to arrays (as console.table does); it labels rows. */
const INDEX_COLUMN = '(index)';

function Cell({ value, header }: { value: TableCell; header: boolean }) {
  const className = typeof value === 'number' ? styles.number : value === null ? styles.null : undefined;
  const text = value === null ? '' : String(value);
  return header ? (
    <th scope="row" className={className}>
      {text}
    </th>
  ) : (
    <td className={className}>{text}</td>
  );
}

/**
 * A table payload as an HTML table: caption, zebra rows, right-aligned numbers, and a note when
 * the kernel sent fewer rows than the data has. `rowHeaders` makes the first column row labels
 * (default: when it is the "(index)" column).
 */
export function TableView({ table, rowHeaders }: { table: TableData; rowHeaders?: boolean }) {
  const labelled = rowHeaders ?? table.columns[0] === INDEX_COLUMN;
  const numeric = table.columns.map((_, c) => table.rows.some((row) => typeof row[c] === 'number'));
  return (
    <div>
      <table className={styles.table}>
        {table.caption ? <caption>{table.caption}</caption> : null}
        <thead>
          <tr>
            {table.columns.map((column, c) => (
              <th key={c} scope="col" className={numeric[c] ? styles.number : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((_, c) => (
                <Cell key={c} value={row[c] ?? null} header={labelled && c === 0} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length < table.totalRows ? (
        <p className={styles.note}>
          Showing {table.rows.length.toLocaleString('en-US')} of {table.totalRows.toLocaleString('en-US')} rows
        </p>
      ) : null}
    </div>
  );
}
