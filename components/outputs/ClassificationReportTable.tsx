import { reportRows, type ReportRow } from '@/lib/outputs/classificationTable';
import type { ClassificationData } from '@/lib/outputs/mime';
import outputStyles from './outputs.module.css';

function Row({ row }: { row: ReportRow }) {
  const cell = (value: string | null) => <td className={outputStyles.number}>{value ?? ''}</td>;
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {cell(row.precision)}
      {cell(row.recall)}
      {cell(row.f1)}
      {cell(row.support)}
    </tr>
  );
}

/**
 * scikit-learn's classification_report as a table: precision, recall, F1 and support per class,
 * then accuracy and the macro and weighted averages. Undefined ratios read 0 (zero_division=0).
 */
export function ClassificationReportTable({ data }: { data: ClassificationData }) {
  const rows = reportRows(data);
  return (
    <table className={outputStyles.table}>
      <caption>Classification report</caption>
      <thead>
        <tr>
          <td />
          {['Precision', 'Recall', 'F1-score', 'Support'].map((header) => (
            <th key={header} scope="col" className={outputStyles.number}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows
          .filter((row) => !row.summary)
          .map((row, i) => (
            <Row key={i} row={row} />
          ))}
      </tbody>
      <tfoot>
        {rows
          .filter((row) => row.summary)
          .map((row) => (
            <Row key={row.label} row={row} />
          ))}
      </tfoot>
    </table>
  );
}
