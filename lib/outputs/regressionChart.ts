/**
 * The predicted-vs-actual chart of a regression payload, as an ordinary chart payload so the
 * page draws it with the same ChartView as training curves. Pure, so it is tested without React.
 */
import type { ChartData, ChartSeries, RegressionData } from './mime';

/** Title of the chart; its accessible name is "Predicted vs actual chart". */
export const REGRESSION_CHART_TITLE = 'Predicted vs actual';

/** [index, value] points; non-finite values are gaps (a saved job's data is not schema-checked by its page). */
function points(values: number[]): [number, number][] {
  const out: [number, number][] = [];
  values.forEach((y, x) => {
    if (Number.isFinite(y)) out.push([x, y]);
  });
  return out;
}

/** Actual (solid) and predicted (dashed) against the time index; null when there is no series. */
export function regressionChart(data: Pick<RegressionData, 'series'>): ChartData | null {
  const { series } = data;
  if (!series || series.actual.length === 0) return null;
  const lines: ChartSeries[] = [
    { name: 'Actual', points: points(series.actual) },
    { name: 'Predicted', points: points(series.predicted), dashed: true },
  ];
  return { title: REGRESSION_CHART_TITLE, xLabel: 'Time step', yLabel: series.label ?? 'Value', series: lines };
}
