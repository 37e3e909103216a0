/**
 * What every recharts chart in an output shares: the palette, and axis, grid and tooltip styles
 * that follow the theme. Axis text and grid lines are drawn in `currentColor` (the figure's
 * muted text colour, a CSS variable), so the same chart reads on a light or a dark page.
 */
import type { CSSProperties } from 'react';

/** Carbon's categorical palette, led by the accent blue; mid-tone, so it reads on light and dark backgrounds. */
export const PALETTE = ['#0f62fe', '#da1e28', '#198038', '#8a3ffc', '#ff832b', '#007d79', '#d02670', '#b28600'];
/** Height of the plot area of every chart. */
export const CHART_HEIGHT = 240;
/** Axis tick text. */
export const AXIS_TICK = { fill: 'currentColor', fontSize: 11 };
/** Axis titles (spread into a recharts label). */
export const AXIS_LABEL = { fill: 'currentColor', fontSize: 12 };
/** Grid lines: the text colour, faint. */
export const GRID = { stroke: 'currentColor', strokeOpacity: 0.2, strokeDasharray: '3 3' };
/** Axis lines and ticks. */
export const AXIS_LINE = { stroke: 'currentColor', strokeOpacity: 0.5 };
/** The hover tooltip's box, on the page's layer colour. */
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--sb-layer, #ffffff)',
  border: '1px solid var(--sb-border, #e0e0e0)',
  borderRadius: 0,
  color: 'var(--sb-text, #161616)',
  fontSize: 12,
};
