/**
 * The `text/html` twins of our table-like outputs: what JupyterLab, VS Code, GitHub and nbviewer
 * show for an exported notebook instead of our own MIME types, which only Sparkbook reads.
 * Plain tables with captions, no styles or scripts: those tools sanitise notebook HTML anyway.
 */
import { reportRows, formatCount, formatMetric } from './classificationTable';
import { htmlTable, type HtmlTableRow } from './htmlTable';
import type { ClassificationData, ModelSummary, RegressionData, TableCell, TableData, TensorData } from './mime';
import { formatNumber, tensorHeadline } from './plainText';
import { sweepTable } from '../experiments/sweepText';
import { sweepCountsText, type SweepSummary } from '../experiments/sweepSummary';

/** A cell as text; null is an empty cell, as in a spreadsheet. */
function cellText(cell: TableCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : String(cell);
}

const rowsOf = (rows: TableCell[][]): HtmlTableRow[] => rows.map((row) => ({ cells: row.map(cellText) }));

/** "Showing 100 of 5000 rows" when the producer kept fewer rows than the source had. */
function shownOf(shown: number, total: number): string | null {
  return shown < total ? `showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows` : null;
}

const joinCaption = (...parts: (string | null | undefined)[]) => parts.filter((p) => p).join(' \u2014 ') || undefined;

/** A table payload: its caption, columns and the rows it carries. */
export function tableHtml(table: TableData): string {
  return htmlTable({
    caption: joinCaption(table.caption, shownOf(table.rows.length, table.totalRows)),
    columns: table.columns,
    rows: rowsOf(table.rows),
  });
}

/** A tensor preview: the headline as caption, the window of values with its index labels. */
export function tensorHtml(tensor: TensorData): string {
  const { values } = tensor;
  const labelled = values.rowLabels.some((label) => label !== '');
  return htmlTable({
    caption: joinCaption(tensorHeadline(tensor), tensor.truncated ? `preview of ${tensor.size.toLocaleString('en-US')} values` : null),
    columns: labelled ? ['', ...values.columnLabels] : values.columnLabels,
    rows: values.rows.map((row, r) => ({
      ...(labelled ? { header: values.rowLabels[r] ?? '' } : {}),
      cells: row.map(cellText),
    })),
  });
}

/** A Keras-style model summary: one row per layer, the parameter counts in the footer. */
export function modelSummaryHtml(model: ModelSummary): string {
  const total = (label: string, n: number): HtmlTableRow => ({ header: label, cells: ['', formatCount(n)] });
  return htmlTable({
    caption: `Model: "${model.name}"`,
    columns: ['Layer (type)', 'Output shape', 'Param #'],
    rows: model.layers.map((l) => ({ header: `${l.name} (${l.className})`, cells: [l.outputShape, formatCount(l.params)] })),
    footer: [
      total('Total params', model.totalParams),
      total('Trainable params', model.trainableParams),
      total('Non-trainable params', model.nonTrainableParams),
    ],
  });
}

/** The confusion matrix (rows true, columns predicted) and scikit-learn's classification report. */
export function classificationHtml(data: ClassificationData): string {
  const extra = [data.loss !== undefined ? `loss ${formatNumber(data.loss)}` : null, data.jobId !== undefined ? `job ${data.jobId}` : null];
  const matrix = htmlTable({
    caption: joinCaption(data.title, 'Confusion matrix (rows: true class, columns: predicted class)'),
    columns: ['true \\ predicted', ...data.classNames],
    rows: data.confusionMatrix.map((row, r) => ({ header: data.classNames[r] ?? String(r), cells: row.map(formatCount) })),
  });
  const rows = reportRows(data).map((row) => ({
    row: { header: row.label, cells: [row.precision ?? '', row.recall ?? '', row.f1 ?? '', row.support] },
    summary: row.summary,
  }));
  const report = htmlTable({
    caption: joinCaption(data.title, 'Classification report', ...extra),
    columns: ['', 'precision', 'recall', 'f1-score', 'support'],
    rows: rows.filter((r) => !r.summary).map((r) => r.row),
    footer: rows.filter((r) => r.summary).map((r) => r.row),
  });
  return `${matrix}${report}`;
}

/** A regression model's metrics; its predicted-vs-actual chart is the Vega-Lite twin's job. */
export function regressionHtml(data: RegressionData): string {
  const metric = (label: string, value: number): HtmlTableRow => ({ header: label, cells: [formatMetric(value, 4)] });
  return htmlTable({
    caption: joinCaption(data.title, 'Regression metrics', data.loss !== undefined ? `loss ${formatNumber(data.loss)}` : null),
    columns: ['Metric', 'Value'],
    rows: [
      metric('MSE', data.mse),
      metric('MAE', data.mae),
      metric('RMSE', data.rmse),
      metric('R\u00b2', data.r2),
      { header: 'Count', cells: [formatCount(data.count)] },
    ],
  });
}

/** A sweep: one row per configuration with its swept values, metrics, time and status. */
export function sweepHtml(summary: SweepSummary): string {
  const { columns, rows } = sweepTable(summary, (v) => formatMetric(v, 4));
  return htmlTable({ caption: `Sweep ${summary.name}: ${sweepCountsText(summary)}`, columns, rows: rows.map((cells) => ({ cells })) });
}
