import { MISSING } from '@/lib/outputs/classificationTable';
import type { RegressionData } from '@/lib/outputs/mime';
import { formatNumber } from '@/lib/outputs/plainText';
import { regressionChart } from '@/lib/outputs/regressionChart';
import { ChartView } from './ChartView';
import styles from './MetricsView.module.css';
import outputStyles from './outputs.module.css';

const number = (value: number) => (Number.isFinite(value) ? formatNumber(value) : MISSING);

function MetricsTable({ data }: { data: RegressionData }) {
  const rows: [string, string][] = [
    ['MSE', number(data.mse)],
    ['MAE', number(data.mae)],
    ['RMSE', number(data.rmse)],
    ['R\u00b2', number(data.r2)],
    ['Samples', Number.isFinite(data.count) ? data.count.toLocaleString('en-US') : MISSING],
    ...(data.loss !== undefined ? [['Loss', number(data.loss)] as [string, string]] : []),
  ];
  return (
    <table className={outputStyles.table}>
      <caption>Regression metrics</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className={outputStyles.number}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A regression model's results: MSE, MAE, RMSE and R², and when the payload has a series, a
 * chart of predicted (dashed) against actual (solid) values over the time index. Used for
 * REGRESSION_MIME outputs and by the job history, which passes a saved evaluation as `data`.
 */
export function RegressionView({ data }: { data: RegressionData }) {
  const chart = regressionChart(data);
  const { series } = data;
  const shown = series?.actual.length ?? 0;
  return (
    <section className={styles.results} aria-label={data.title ?? 'Regression results'}>
      {data.title || data.jobId ? (
        <div className={styles.header}>
          {data.title ? <p className={styles.title}>{data.title}</p> : null}
          {data.jobId ? <p className={styles.summary}>job {data.jobId}</p> : null}
        </div>
      ) : null}
      <div className={styles.panels}>
        <div className={styles.panel}>
          <MetricsTable data={data} />
        </div>
        {chart ? (
          <div className={`${styles.panel} ${styles.chartPanel}`}>
            <ChartView chart={chart} ariaLabel="Predicted vs actual chart" />
            {series?.total !== undefined && series.total > shown ? (
              <p className={outputStyles.note}>
                Showing the first {shown.toLocaleString('en-US')} of {series.total.toLocaleString('en-US')} points; the metrics cover all of
                them.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
