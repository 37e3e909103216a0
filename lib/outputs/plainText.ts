/**
 * The 'text/plain' twin of each rich payload: what Jupyter (or any reader without Sparkbook)
 * shows for an exported notebook, so it should read well in a monospace cell.
 */
import { classificationReportText } from '../metrics/reportText';
import { totalSupport, weightedAverages } from './classificationTable';
import type { ChartData, ClassificationData, ModelSummary, RegressionData, TableCell, TableData, TensorData } from './mime';

/** Widest a cell may print before it is cut with an ellipsis; keeps one wide cell from wrecking a table. */
const MAX_CELL_WIDTH = 40;
/** Rows of a chart's data table; a 10 000-step curve is for the chart, not the text. */
const MAX_CHART_TEXT_ROWS = 200;

/** Formats a number for text: integers whole, fractions to 6 significant digits. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(6)));
}

/** Formats one table cell for text; null prints as an empty cell, as in a spreadsheet. */
export function formatCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  const text = String(cell).replace(/\r?\n/g, '\u21b5');
  return text.length > MAX_CELL_WIDTH ? `${text.slice(0, MAX_CELL_WIDTH - 1)}\u2026` : text;
}

/** Lays out rows under headers in aligned columns; numeric columns are right-aligned. */
export function formatTextTable(columns: string[], rows: TableCell[][]): string {
  const text = rows.map((row) => columns.map((_, c) => formatCell(row[c] ?? null)));
  const numeric = columns.map(
    (_, c) => rows.some((row) => typeof row[c] === 'number') && rows.every((row) => row[c] == null || typeof row[c] === 'number'),
  );
  const widths = columns.map((header, c) => Math.max(header.length, ...text.map((row) => row[c].length), 1));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

/** Text for a table payload: caption, the table, and how many rows were left out. */
export function tableText(table: TableData): string {
  const parts: string[] = [];
  if (table.caption) parts.push(table.caption);
  parts.push(formatTextTable(table.columns, table.rows));
  if (table.rows.length < table.totalRows) {
    parts.push(`[showing ${table.rows.length} of ${table.totalRows} rows]`);
  }
  return parts.join('\n');
}

/** A tensor's headline, e.g. "Tensor float32 [3,4]". */
export function tensorHeadline(tensor: Pick<TensorData, 'dtype' | 'shape'>): string {
  return `Tensor ${tensor.dtype} [${tensor.shape.join(',')}]`;
}

/** Text for a tensor preview: headline, then the values with their index labels. */
export function tensorText(tensor: TensorData): string {
  const { values } = tensor;
  const lines = [tensorHeadline(tensor)];
  if (tensor.shape.length === 0 && values.rows.length === 1) {
    lines.push(formatCell(values.rows[0][0] ?? null));
  } else if (values.rows.length > 0) {
    // A vector's single row has no label; a label column of blanks would only add noise.
    const labelled = values.rowLabels.some((label) => label !== '');
    const rows = labelled ? values.rows.map((row, r) => [values.rowLabels[r] ?? '', ...row]) : values.rows;
    lines.push(formatTextTable(labelled ? ['', ...values.columnLabels] : values.columnLabels, rows));
  }
  if (tensor.truncated) lines.push(`[preview only: the tensor has ${tensor.size} values]`);
  return lines.join('\n');
}

/** Text for a model summary, laid out like tfjs's and Keras's model.summary(). */
export function modelSummaryText(model: ModelSummary): string {
  const headers = ['Layer (type)', 'Output shape', 'Param #'];
  const rows = model.layers.map((l) => [`${l.name} (${l.className})`, l.outputShape, String(l.params)]);
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)) + 3);
  const width = widths.reduce((a, b) => a + b, 0);
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('')
      .trimEnd();
  return [
    `Model: "${model.name}"`,
    '_'.repeat(width),
    line(headers),
    '='.repeat(width),
    ...rows.flatMap((row, i) => (i === 0 ? [line(row)] : ['', line(row)])),
    '='.repeat(width),
    `Total params: ${model.totalParams.toLocaleString('en-US')}`,
    `Trainable params: ${model.trainableParams.toLocaleString('en-US')}`,
    `Non-trainable params: ${model.nonTrainableParams.toLocaleString('en-US')}`,
    '_'.repeat(width),
  ].join('\n');
}

/** The chart's series side by side by x, as a table; the text twin of a chart. */
export function chartTable(chart: ChartData): TableData {
  if (chart.mark === 'point') {
    // Scattered points may share an x, so they are listed one per row rather than merged by x.
    const rows = chart.series.flatMap((s) => s.points.map(([x, y]) => [s.name, x, y]));
    return {
      columns: ['series', chart.xLabel, chart.yLabel ?? 'y'],
      rows: rows.slice(0, MAX_CHART_TEXT_ROWS),
      totalRows: rows.length,
      caption: chart.title,
    };
  }
  const xs = [...new Set(chart.series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
  const lookups = chart.series.map((s) => new Map(s.points));
  const rows = xs.map((x) => [x, ...lookups.map((byX) => byX.get(x) ?? null)]);
  return {
    columns: [chart.xLabel, ...chart.series.map((s) => s.name)],
    rows: rows.slice(0, MAX_CHART_TEXT_ROWS),
    totalRows: rows.length,
    caption: chart.title,
  };
}

/** Text for a chart: its data as a table (what Jupyter shows for it). */
export function chartText(chart: ChartData): string {
  return tableText(chartTable(chart));
}

/** "Loss: 0.31 (job job-abc-1)", or null when there is neither. */
function provenance(data: { loss?: number; jobId?: string }): string | null {
  const parts = [
    data.loss !== undefined ? `Loss: ${formatNumber(data.loss)}` : null,
    data.jobId !== undefined ? `(job ${data.jobId})` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Text for a classifier's results: scikit-learn's report, then the confusion matrix as a table. */
export function classificationText(data: ClassificationData): string {
  const report = classificationReportText({ ...data, weighted: weightedAverages(data), total: totalSupport(data) }, 3);
  const matrix = formatTextTable(
    ['true \\ predicted', ...data.classNames],
    data.confusionMatrix.map((row, r) => [data.classNames[r] ?? String(r), ...row]),
  );
  return [data.title ?? null, provenance(data), report, '', 'Confusion matrix (rows: true class, columns: predicted class)', matrix]
    .filter((part) => part !== null)
    .join('\n');
}

/** Text for a regression model's results: the metrics, and how many points the chart has. */
export function regressionText(data: RegressionData): string {
  const rows: TableCell[][] = [
    ['MSE', data.mse],
    ['MAE', data.mae],
    ['RMSE', data.rmse],
    ['R\u00b2', data.r2],
    ['Count', data.count],
  ];
  const series = data.series;
  const chart = series
    ? `Predicted vs actual: ${series.actual.length}${series.total !== undefined && series.total > series.actual.length ? ` of ${series.total}` : ''} points (shown as a chart in Sparkbook)`
    : null;
  return [data.title ?? null, provenance(data), formatTextTable(['Metric', 'Value'], rows), chart]
    .filter((part) => part !== null)
    .join('\n');
}
