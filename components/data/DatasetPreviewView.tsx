/**
 * What an uploaded file looks like, without reading it: a CSV's header and first rows, the start
 * of a JSON file (what its top level is, the list says), the first bytes of anything else.
 */
import type { DatasetRecord } from '../../lib/datasets/datasetRecord';
import styles from './Data.module.css';

export function DatasetPreviewView({ dataset }: { dataset: DatasetRecord }) {
  const { preview } = dataset;
  switch (preview.kind) {
    case 'csv':
      return (
        <div className={styles.previewScroll}>
          <table className={styles.preview}>
            <caption className="visually-hidden">Preview of {dataset.name}</caption>
            <thead>
              <tr>
                {preview.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.rowCount > preview.rows.length && (
            <p className={styles.more}>…and {(preview.rowCount - preview.rows.length).toLocaleString('en-US')} more rows</p>
          )}
        </div>
      );
    case 'json':
      return (
        <pre className={styles.text} aria-label={`Preview of ${dataset.name}`}>
          {preview.text}
        </pre>
      );
    case 'binary':
      return (
        <div aria-label={`Preview of ${dataset.name}`}>
          <p className={styles.more}>First bytes</p>
          <pre className={styles.text}>{preview.hex}</pre>
        </div>
      );
    default: {
      const unknown: never = preview;
      return <p>{String(unknown)}</p>;
    }
  }
}
