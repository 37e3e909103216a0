/**
 * The text/plain twins of histograms and heatmaps: what Jupyter shows for them in an exported
 * notebook, laid out like the other tables of ours.
 */
import type { HeatmapData, HistogramData } from './plotSchemas';
import { formatNumber, formatTextTable } from './plainText';

/** Rows of a heatmap's text table; a larger matrix is for the picture, not the text. */
const MAX_TEXT_ROWS = 50;
/** Columns of a heatmap's text table. */
const MAX_TEXT_COLUMNS = 20;

/** "count 1000 · min -3.2 · max 3.1 · zeros 0 · NaN/Infinity 0". */
export function histogramStatsText(stats: HistogramData['stats']): string {
  return [
    `count ${stats.count}`,
    ...(stats.min !== undefined ? [`min ${formatNumber(stats.min)}`] : []),
    ...(stats.max !== undefined ? [`max ${formatNumber(stats.max)}`] : []),
    `zeros ${stats.zeros}`,
    `NaN/Infinity ${stats.nonFinite}`,
  ].join(' \u00b7 ');
}

/** Title, statistics, and one row per bin. */
export function histogramText(data: HistogramData): string {
  const rows = data.bins.map((b, i) => [`[${formatNumber(b.x0)}, ${formatNumber(b.x1)}${i === data.bins.length - 1 ? ']' : ')'}`, b.count]);
  return [data.title ?? null, histogramStatsText(data.stats), formatTextTable([data.xLabel ?? 'bin', data.yLabel ?? 'count'], rows)]
    .filter((part) => part !== null)
    .join('\n');
}

/** Title, then the matrix under its tick labels (rows as drawn, top to bottom). */
export function heatmapText(data: HeatmapData): string {
  const columns = data.xTickLabels.slice(0, MAX_TEXT_COLUMNS);
  const rows = data.values.slice(0, MAX_TEXT_ROWS).map((row, r) => [data.yTickLabels[r], ...row.slice(0, MAX_TEXT_COLUMNS)]);
  const corner = data.yLabel && data.xLabel ? `${data.yLabel} \\ ${data.xLabel}` : '';
  const cut =
    data.values.length > MAX_TEXT_ROWS || data.xTickLabels.length > MAX_TEXT_COLUMNS
      ? `[showing ${rows.length} of ${data.values.length} rows, ${columns.length} of ${data.xTickLabels.length} columns]`
      : null;
  return [data.title ?? null, formatTextTable([corner, ...columns], rows), cut].filter((part) => part !== null).join('\n');
}
