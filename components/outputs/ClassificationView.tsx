import { formatCount, formatMetric, totalSupport } from '@/lib/outputs/classificationTable';
import type { ClassificationData } from '@/lib/outputs/mime';
import { formatNumber } from '@/lib/outputs/plainText';
import { ClassificationReportTable } from './ClassificationReportTable';
import { ConfusionMatrixView } from './ConfusionMatrixView';
import styles from './MetricsView.module.css';

/** "Accuracy 0.953 · loss 0.121 · 150 samples · job job-x-1": the numbers people look for first. */
function summaryLine(data: ClassificationData): string {
  const samples = totalSupport(data);
  return [
    `Accuracy ${formatMetric(data.accuracy)}`,
    data.loss !== undefined && Number.isFinite(data.loss) ? `loss ${formatNumber(data.loss)}` : null,
    `${formatCount(samples)} sample${samples === 1 ? '' : 's'}`,
    data.jobId ? `job ${data.jobId}` : null,
  ]
    .filter((part) => part !== null)
    .join(' \u00b7 ');
}

/**
 * A classifier's results: the confusion matrix beside scikit-learn's classification report,
 * wrapping below it when the cell is narrow. Used for CLASSIFICATION_MIME outputs and by the
 * job history, which passes a saved evaluation as `data`.
 */
export function ClassificationView({ data }: { data: ClassificationData }) {
  return (
    <section className={styles.results} aria-label={data.title ?? 'Classification results'}>
      <div className={styles.header}>
        {data.title ? <p className={styles.title}>{data.title}</p> : null}
        <p className={styles.summary}>{summaryLine(data)}</p>
      </div>
      <div className={styles.panels}>
        <div className={styles.panel}>
          <ConfusionMatrixView data={data} />
        </div>
        <div className={styles.panel}>
          <ClassificationReportTable data={data} />
        </div>
      </div>
    </section>
  );
}
