'use client';

import { useId, useMemo, useState } from 'react';
import { cellColors, cellTitle, formatCount, formatPercent, MISSING, rowFractions } from '@/lib/outputs/classificationTable';
import type { ClassificationData } from '@/lib/outputs/mime';
import styles from './MetricsView.module.css';
import outputStyles from './outputs.module.css';

/** What the matrix needs of a classification payload. */
export type ConfusionMatrixData = Pick<ClassificationData, 'classNames' | 'confusionMatrix'>;

/**
 * The confusion matrix as a table: rows are the true class, columns the predicted one. Each cell
 * is shaded by its share of its row (the layer to blue, in either theme), so a good classifier
 * shows a blue diagonal whatever the class sizes; "Row %" shows those shares instead of counts.
 */
export function ConfusionMatrixView({
  data,
  initialRowPercent = false,
}: {
  data: ConfusionMatrixData;
  /** Start with "Row %" on; the reader can toggle it either way. */
  initialRowPercent?: boolean;
}) {
  const [rowPercent, setRowPercent] = useState(initialRowPercent);
  const toggleId = useId();
  const fractions = useMemo(() => rowFractions(data.confusionMatrix), [data.confusionMatrix]);
  const names = data.classNames;

  return (
    <table className={outputStyles.table}>
      <caption>Confusion matrix</caption>
      <thead>
        <tr>
          <td className={styles.corner} colSpan={2} rowSpan={2}>
            <label className={styles.toggle} htmlFor={toggleId}>
              <input id={toggleId} type="checkbox" checked={rowPercent} onChange={(e) => setRowPercent(e.target.checked)} />
              <span>Row %</span>
            </label>
          </td>
          <th scope="colgroup" colSpan={names.length} className={styles.axisLabel}>
            Predicted class
          </th>
        </tr>
        <tr>
          {names.map((name, c) => (
            <th key={c} scope="col" className={outputStyles.number}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.confusionMatrix.map((row, r) => (
          <tr key={r}>
            {r === 0 ? (
              <th scope="rowgroup" rowSpan={names.length} className={styles.axisLabel}>
                <span className={styles.verticalLabel}>True class</span>
              </th>
            ) : null}
            <th scope="row">{names[r]}</th>
            {row.map((count, c) => {
              const fraction = fractions[r][c];
              const shown = rowPercent ? (fraction === null ? MISSING : formatPercent(fraction)) : formatCount(count);
              return (
                <td
                  key={c}
                  className={r === c ? `${styles.count} ${styles.diagonal}` : styles.count}
                  style={cellColors(fraction)}
                  title={cellTitle(names[r], names[c], count, fraction)}
                >
                  {shown}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
