import type { TensorData } from '@/lib/outputs/mime';
import { tensorHeadline } from '@/lib/outputs/plainText';
import styles from './outputs.module.css';
import { TableView } from './TableView';

/** A tensor preview: "Tensor float32 [3,4]", then its values as a table with index labels. */
export function TensorView({ tensor }: { tensor: TensorData }) {
  const { values } = tensor;
  const headline = tensorHeadline(tensor);
  if (tensor.shape.length === 0 && values.rows.length === 1) {
    return (
      <div>
        <p className={styles.heading}>{headline}</p>
        <pre className={styles.pre}>{String(values.rows[0][0] ?? '')}</pre>
      </div>
    );
  }
  // A vector's single row has no label, so it gets no label column.
  const labelled = values.rowLabels.some((label) => label !== '');
  const table = {
    columns: labelled ? ['', ...values.columnLabels] : values.columnLabels,
    rows: labelled ? values.rows.map((row, r) => [values.rowLabels[r] ?? '', ...row]) : values.rows,
    totalRows: values.rows.length,
  };
  const shownValues = values.rows.length * values.columnLabels.length;
  return (
    <div>
      <p className={styles.heading}>{headline}</p>
      {values.rows.length > 0 ? <TableView table={table} rowHeaders={labelled} /> : null}
      {tensor.truncated ? (
        <p className={styles.note}>
          Showing {shownValues.toLocaleString('en-US')} of {tensor.size.toLocaleString('en-US')} values
        </p>
      ) : null}
    </div>
  );
}
