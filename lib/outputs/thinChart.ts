/**
 * Drawing a chart costs time per point on the page's main thread, and a live training chart
 * is redrawn twice a second: thousands of points (one per batch, one per epoch) kept the page
 * busy enough that Interrupt took seconds to respond. A chart is a few hundred pixels wide, so
 * it draws each series thinned to at most MAX_DRAWN_POINTS; the saved output keeps them all, and
 * the Vega-Lite twin written for other tools carries the same thinned points.
 */
import type { ChartData } from './mime';

/** The most points a chart draws per series (a line chart shows no more detail on a cell-wide plot). */
export const MAX_DRAWN_POINTS = 150;

/** Evenly spaced points, always including the first and the last. */
export function thinPoints<T>(points: readonly T[], max: number): readonly T[] {
  if (points.length <= max || max < 2) return points;
  const stride = (points.length - 1) / (max - 1);
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * stride)]);
  return out;
}

/** The chart with each series thinned to at most `max` points; the chart itself when none needs it. */
export function thinChart(chart: ChartData, max = MAX_DRAWN_POINTS): ChartData {
  // Each scattered point is data, not a sample of a curve; show.scatter limits how many there are.
  if (chart.mark === 'point') return chart;
  if (chart.series.every((s) => s.points.length <= max)) return chart;
  return { ...chart, series: chart.series.map((s) => ({ ...s, points: [...thinPoints(s.points, max)] })) };
}
