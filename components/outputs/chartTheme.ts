/**
 * What every recharts chart in an output shares: series colours, axis, grid and tooltip styles,
 * all as CSS custom properties (defined and documented in app/globals.css), so a figure follows
 * the page's theme when it switches, without a re-render: SVG takes var() in its presentation
 * attributes, and React inline styles pass it through.
 */
import type { CSSProperties } from 'react';

/** How many categorical series colours the palette has (--sb-chart-series-1..8). */
export const CHART_SERIES_COUNT = 8;

/** The colour of the `index`th series (0-based), cycling through the palette. */
export function chartSeriesColor(index: number): string {
  const slot = ((Math.trunc(index) % CHART_SERIES_COUNT) + CHART_SERIES_COUNT) % CHART_SERIES_COUNT;
  return `var(--sb-chart-series-${slot + 1})`;
}

/** The series colours in order. */
export const PALETTE = Array.from({ length: CHART_SERIES_COUNT }, (_, i) => chartSeriesColor(i));
/** Height of the plot area of every chart. */
export const CHART_HEIGHT = 240;
/** Axis lines, tick marks and axis text. */
export const CHART_AXIS = 'var(--sb-chart-axis)';
/** The dashed grid behind the lines. */
export const CHART_GRID = 'var(--sb-chart-grid)';
/** Tick labels. */
export const AXIS_TICK = { fill: CHART_AXIS, fontSize: 11 };
/** Axis titles (spread into a recharts label). */
export const AXIS_LABEL = { fill: CHART_AXIS, fontSize: 12 };
/** Grid lines. */
export const GRID = { stroke: CHART_GRID, strokeDasharray: '3 3' };
/** Axis lines and ticks. */
export const AXIS_LINE = { stroke: CHART_AXIS };
/** The hover tooltip's box (recharts' default is a white box, unreadable in dark mode). */
export const TOOLTIP_STYLE: CSSProperties = {
  backgroundColor: 'var(--sb-layer)',
  color: 'var(--sb-text)',
  border: '1px solid var(--sb-border)',
  borderRadius: 0,
  fontSize: 12,
};
