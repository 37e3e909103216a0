/**
 * A line chart payload as uPlot draws it: columns aligned on x (uPlot's AlignedData) and the
 * plot's options. Pure (colours and fonts come in resolved), so what a chart will draw is tested
 * without a canvas; components/outputs/LineFigure.tsx does the drawing on the page.
 */
import type uPlot from 'uplot';
import type { ChartRows } from './chartRows';
import type { ChartData } from './mime';
import { formatNumber } from './plainText';
import type { PlotStyle } from './plotStyle';

/** Height of the drawing (axes included; the legend below it is extra). */
export const LINE_PLOT_HEIGHT = 240;

/** Tick steps for an x axis of whole numbers (epochs, steps): never a tick at 2.5. */
const INTEGER_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 2.5e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 1e7];

/** x values and one y column per series, nulls where a series has no point at that x. */
export function lineChartColumns({ rows, series }: ChartRows): uPlot.AlignedData {
  return [rows.map((r) => r.x), ...series.map((s) => rows.map((r) => r[s.key] ?? null))];
}

const formatTick = (_u: uPlot, splits: number[]) => splits.map((v) => (v == null ? '' : formatNumber(v)));
const formatValue = (_u: uPlot, v: number | null) => (v == null ? '–' : formatNumber(v));

export interface LinePlotInput {
  chart: ChartData;
  drawn: ChartRows;
  logScale: boolean;
  integerX: boolean;
  width: number;
  style: PlotStyle;
}

/** uPlot options for a chart: a left (and maybe right) y axis, dashes, dots on sparse series, a live legend. */
export function linePlotOptions({ chart, drawn, logScale, integerX, width, style }: LinePlotInput): uPlot.Options {
  const font = `11px ${style.fontFamily}`;
  const labelFont = `12px ${style.fontFamily}`;
  const axisBase = {
    stroke: style.axis,
    font,
    labelFont,
    labelSize: 18,
    ticks: { stroke: style.axis, width: 1, size: 4 },
    values: formatTick,
  };
  const yRange: uPlot.Scale['range'] = !logScale && chart.yDomain ? [chart.yDomain[0], chart.yDomain[1]] : undefined;
  const scales: uPlot.Scales = {
    x: { time: false, ...(chart.xDomain ? { auto: false, range: [chart.xDomain[0], chart.xDomain[1]] } : {}) },
    y: logScale ? { distr: 3, log: 10 } : yRange ? { auto: false, range: yRange } : {},
  };
  const axes: uPlot.Axis[] = [
    {
      ...axisBase,
      scale: 'x',
      label: chart.xLabel,
      grid: { stroke: style.grid, width: 1, dash: [3, 3] },
      ...(integerX ? { incrs: INTEGER_STEPS } : {}),
    },
    { ...axisBase, scale: 'y', label: chart.yLabel, size: 56, grid: { stroke: style.grid, width: 1, dash: [3, 3] } },
  ];
  if (drawn.hasRightAxis) {
    scales.y2 = {};
    axes.push({ ...axisBase, scale: 'y2', side: 1, label: chart.yLabelRight, size: 56, grid: { show: false } });
  }
  const series: uPlot.Series[] = [
    { label: chart.xLabel, value: formatValue },
    ...drawn.series.map((s, i): uPlot.Series => ({
      label: s.name,
      scale: s.axis === 'right' ? 'y2' : 'y',
      stroke: style.series[i],
      width: 2,
      dash: s.dashed ? [6, 4] : undefined,
      spanGaps: true,
      value: formatValue,
      // Hollow dots in the series' colour on sparse series (an epoch's single point is invisible as a bare line).
      points: s.dots ? { show: true, size: 6, width: 1.5, stroke: style.series[i], fill: style.layer } : { show: false },
    })),
  ];
  return {
    width,
    height: LINE_PLOT_HEIGHT,
    scales,
    axes,
    series,
    legend: { show: true, live: true },
    cursor: { drag: { x: true, y: false } },
  };
}
