'use client';
import { useState } from 'react';
import type { TableCell, TableData } from '@/lib/outputs/mime';
import { nextRowCount, TABLE_PAGE_ROWS, TABLE_SHOW_ALL_LIMIT } from './paging';
import { ShowMore } from './ShowMore';
import styles from './outputs.module.css';

const count = (n: number) => n.toLocaleString('en-US');

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
 * (default: when it is the "(index)" column). A long table shows its first rows, and more in
 * pages on request (see paging.ts).
 */
export function TableView({ table, rowHeaders }: { table: TableData; rowHeaders?: boolean }) {
  const labelled = rowHeaders ?? table.columns[0] === INDEX_COLUMN;
  const numeric = table.columns.map((_, c) => table.rows.some((row) => typeof row[c] === 'number'));
  const [shown, setShown] = useState(() => nextRowCount(0, table.rows.length));
  const visible = Math.min(shown, table.rows.length);
  const rows = visible < table.rows.length ? table.rows.slice(0, visible) : table.rows;
  const remaining = table.rows.length - visible;
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
          {rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((_, c) => (
                <Cell key={c} value={row[c] ?? null} header={labelled && c === 0} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {remaining > 0 ? (
        <ShowMore
          status={`Showing ${count(visible)} of ${count(Math.max(table.totalRows, table.rows.length))} rows`}
          moreLabel={`Show ${count(Math.min(TABLE_PAGE_ROWS, remaining))} more rows`}
          onMore={() => setShown(nextRowCount(visible, table.rows.length))}
          allLabel={table.rows.length <= TABLE_SHOW_ALL_LIMIT ? `Show all ${count(table.rows.length)} rows` : undefined}
          onAll={() => setShown(table.rows.length)}
        />
      ) : table.rows.length < table.totalRows ? (
        <p className={styles.note}>
          Showing {count(table.rows.length)} of {count(table.totalRows)} rows
        </p>
      ) : null}
    </div>
  );
}
