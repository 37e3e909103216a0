/**
 * A tf.History (what model.fit resolves to) as a CHART_MIME loss curve. One bundle holds one
 * chart, so loss-like series use the left axis and other metrics (accuracy, mae) the right one;
 * validation series are dashed. Epochs are shown 1-based, matching the "Epoch 1/10" logs.
 */
import * as tf from '@tensorflow/tfjs';
import { CHART_MIME, type ChartData, type ChartSeries, type TableCell } from '../../../../lib/outputs/mime';
import { tableText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';
import { toTableCell } from './arrayTable';

/** What model.fit returns, duck-typed: tf.History is a class, but a saved or rebuilt one is not. */
export interface HistoryLike {
  epoch: number[];
  history: Record<string, unknown[]>;
}

/** True for tf.History and anything shaped like it (`epoch` numbers, `history` of arrays). */
export function isHistoryLike(value: unknown): value is HistoryLike {
  if (typeof value !== 'object' || value === null) return false;
  const { epoch, history } = value as Partial<HistoryLike>;
  return (
    Array.isArray(epoch) &&
    epoch.every((e) => typeof e === 'number') &&
    typeof history === 'object' &&
    history !== null &&
    !Array.isArray(history) &&
    Object.values(history).every(Array.isArray)
  );
}

/** History values are numbers after fit, but a callback may have left scalar tensors. */
function metricValue(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value instanceof tf.Tensor && !value.isDisposed && value.size === 1) {
    return Number(value.dataSync()[0]);
  }
  return null;
}

const baseName = (metric: string) => metric.replace(/^val_/, '');
const isLossLike = (metric: string) => /loss/i.test(baseName(metric));

/** Loss first, each training series followed by its val_ twin, then the rest in given order. */
function orderedMetrics(history: HistoryLike): string[] {
  const keys = Object.keys(history.history);
  const rank = (k: string) => (isLossLike(k) ? 0 : 1);
  const bases = [...new Set(keys.map(baseName))].sort((a, b) => rank(a) - rank(b));
  return bases.flatMap((b) => [b, `val_${b}`].filter((k) => keys.includes(k)));
}

/** The loss chart of a training history. */
export function historyChart(history: HistoryLike): ChartData {
  const metrics = orderedMetrics(history);
  const anyLoss = metrics.some(isLossLike);
  const series: ChartSeries[] = metrics.map((metric) => {
    const points: [number, number][] = [];
    history.history[metric].forEach((raw, i) => {
      const y = metricValue(raw);
      // JSON cannot carry NaN or Infinity; a diverged epoch is a gap in the line (the text shows it).
      if (y !== null && Number.isFinite(y)) points.push([(history.epoch[i] ?? i) + 1, y]);
    });
    const axis = anyLoss && !isLossLike(metric) ? 'right' : 'left';
    return { name: metric, points, ...(metric.startsWith('val_') ? { dashed: true } : {}), ...(axis === 'right' ? { axis } : {}) };
  });
  const hasRight = series.some((s) => s.axis === 'right');
  return { title: 'Loss', xLabel: 'Epoch', yLabel: 'Loss', ...(hasRight ? { yLabelRight: 'Metric' } : {}), series };
}

/** The history as text: one row per epoch, NaN shown as NaN (the chart cannot). */
function historyText(history: HistoryLike): string {
  const metrics = orderedMetrics(history);
  const rows: TableCell[][] = history.epoch.map((epoch, i) => [
    epoch + 1,
    ...metrics.map((m) => {
      const y = metricValue(history.history[m][i]);
      return y === null ? null : toTableCell(y);
    }),
  ]);
  const epochs = history.epoch.length;
  return tableText({
    caption: `History: ${epochs} epoch${epochs === 1 ? '' : 's'}`,
    columns: ['Epoch', ...metrics],
    rows,
    totalRows: rows.length,
  });
}

/** A history's bundle: the loss chart and its per-epoch table as text. */
export function historyBundle(history: HistoryLike): MimeBundle {
  return { 'text/plain': historyText(history), [CHART_MIME]: historyChart(history) };
}
