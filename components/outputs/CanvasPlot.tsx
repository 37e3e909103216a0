'use client';
/**
 * A uPlot chart on a canvas, in the page's theme. Charts that are redrawn while a model trains
 * (live loss curves, a sweep filling in) are drawn this way: an SVG chart library spent 100-800 ms
 * of the page's thread per redraw while the workers kept both cores busy, uPlot about a
 * millisecond. The plot is created once per `shape` (whatever changes its series, axes or scales)
 * and in the current theme; new data alone goes to setData. Canvas takes no var(), so the theme's
 * colours are resolved when the plot is made, and recorded in data attributes, which is how a
 * test can tell what the canvas was told to draw. uPlot itself is loaded with the first plot, not
 * with the page: its module takes tens of milliseconds to start, which a notebook without charts
 * should not pay as it opens.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PlotStyle } from '@/lib/outputs/plotStyle';
import { CHART_AXIS, CHART_GRID } from './chartTheme';
import { resolveCssColor } from './resolveCssColor';
import { loadUPlot } from './uPlotLoader';
import { useResolvedTheme } from '../shell/theme/useTheme';
import styles from './ChartView.module.css';

export interface CanvasPlotProps {
  data: uPlot.AlignedData;
  /** A key of everything the options depend on but the data and the theme: a change makes a new plot. */
  shape: string;
  /** CSS colours (var() allowed) of the series, in order. */
  seriesColors: string[];
  height: number;
  options(style: PlotStyle, width: number): uPlot.Options;
}

function resolveStyle(el: HTMLElement, seriesColors: string[]): PlotStyle {
  return {
    axis: resolveCssColor(el, CHART_AXIS),
    grid: resolveCssColor(el, CHART_GRID),
    layer: resolveCssColor(el, 'var(--sb-layer)'),
    series: seriesColors.map((c) => resolveCssColor(el, c)),
    fontFamily: getComputedStyle(el).fontFamily,
  };
}

const MIN_WIDTH = 200;

export function CanvasPlot({ data, shape, seriesColors, height, options }: CanvasPlotProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const theme = useResolvedTheme();
  const latest = useRef({ data, seriesColors, height, options });
  useEffect(() => {
    latest.current = { data, seriesColors, height, options };
  });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let made: uPlot | null = null;
    let resized: ResizeObserver | null = null;
    let cancelled = false;
    let creating: ReturnType<typeof setTimeout> | undefined;
    const create = (UPlot: typeof uPlot) => {
      if (cancelled) return;
      const now = latest.current;
      const style = resolveStyle(el, now.seriesColors);
      el.dataset.axisColor = style.axis;
      el.dataset.seriesColors = style.series.join('; ');
      const plotted = new UPlot(now.options(style, Math.max(MIN_WIDTH, el.clientWidth)), now.data, el);
      made = plotted;
      plot.current = plotted;
      resized = new ResizeObserver(() => {
        const width = Math.max(MIN_WIDTH, el.clientWidth);
        if (width !== plotted.width) plotted.setSize({ width, height: latest.current.height });
      });
      resized.observe(el);
    };
    loadUPlot().then(
      // Made in a task of its own, not in the one that rendered the output: a new output (a
      // sweep's table and chart) arriving while the workers train would otherwise be one task of
      // ~40 ms of work, stretched past 100 ms by the wait for a core.
      (UPlot) => {
        if (!cancelled) creating = setTimeout(() => create(UPlot), 0);
      },
      (error: unknown) => {
        // The chart's code could not be fetched (offline before it was ever cached, a new deploy):
        // say so where the chart would be, rather than leave an empty space.
        if (!cancelled)
          el.textContent = `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
      },
    );
    return () => {
      cancelled = true;
      clearTimeout(creating);
      resized?.disconnect();
      made?.destroy();
      plot.current = null;
    };
  }, [shape, theme]);

  useEffect(() => {
    if (plot.current && plot.current.data !== data) plot.current.setData(data);
  }, [data]);

  return <div ref={host} className={`${styles.plot} ${styles.canvasPlot}`} style={{ minHeight: height }} />;
}
