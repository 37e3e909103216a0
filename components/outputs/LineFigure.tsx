'use client';
/**
 * The drawing of a line chart: uPlot on a canvas. A live training chart is redrawn every second
 * while the kernel and executors keep both cores busy, and an SVG chart library spent 100-800 ms
 * of the page's thread per redraw on a few hundred points; uPlot draws them in about a
 * millisecond. The plot is created once per shape (series, axes, scale, theme) and later data is
 * handed to it with setData. Colours are resolved from the theme's CSS variables when the plot is
 * made, and again when the theme changes; they are also written to data attributes, which is
 * how a test can tell what the canvas was told to draw.
 */
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartRows } from '@/lib/outputs/chartRows';
import { LINE_PLOT_HEIGHT, lineChartColumns, linePlotOptions, type PlotStyle } from '@/lib/outputs/lineChartPlot';
import type { ChartData } from '@/lib/outputs/mime';
import { CHART_AXIS, CHART_GRID, chartSeriesColor } from './chartTheme';
import { resolveCssColor } from './resolveCssColor';
import { useResolvedTheme } from '../shell/theme/useTheme';
import styles from './ChartView.module.css';

interface LineFigureProps {
  chart: ChartData;
  drawn: ChartRows;
  logScale: boolean;
  integerX: boolean;
}

function plotStyle(el: HTMLElement, drawn: ChartRows): PlotStyle {
  return {
    axis: resolveCssColor(el, CHART_AXIS),
    grid: resolveCssColor(el, CHART_GRID),
    layer: resolveCssColor(el, 'var(--sb-layer)'),
    series: drawn.series.map((s) => resolveCssColor(el, chartSeriesColor(s.colorIndex))),
    fontFamily: getComputedStyle(el).fontFamily,
  };
}

/** What forces a new plot rather than new data: everything but the points themselves. */
function shapeKey(chart: ChartData, drawn: ChartRows, logScale: boolean, integerX: boolean, theme: string): string {
  const { series, ...rest } = chart;
  return JSON.stringify([rest, drawn.series, series.length, logScale, integerX, theme]);
}

export function LineFigure({ chart, drawn, logScale, integerX }: LineFigureProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const theme = useResolvedTheme();
  const data = useMemo(() => lineChartColumns(drawn), [drawn]);
  const latest = useRef({ chart, drawn, logScale, integerX, data });
  latest.current = { chart, drawn, logScale, integerX, data };
  const shape = shapeKey(chart, drawn, logScale, integerX, theme);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const now = latest.current;
    const style = plotStyle(el, now.drawn);
    el.dataset.axisColor = style.axis;
    el.dataset.seriesColors = style.series.join('; ');
    const width = Math.max(200, el.clientWidth);
    const made = new uPlot(linePlotOptions({ ...now, width, style }), now.data, el);
    plot.current = made;
    const resized = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (w !== made.width) made.setSize({ width: w, height: LINE_PLOT_HEIGHT });
    });
    resized.observe(el);
    return () => {
      resized.disconnect();
      made.destroy();
      plot.current = null;
    };
  }, [shape]);

  useEffect(() => {
    if (plot.current && plot.current.data !== data) plot.current.setData(data);
  }, [data]);

  return <div ref={host} className={`${styles.plot} ${styles.linePlot}`} style={{ minHeight: LINE_PLOT_HEIGHT }} />;
}
