'use client';
import { useMemo } from 'react';
import type { SweepChartData } from '@/lib/experiments/sweepChart';
import type { PlotStyle } from '@/lib/outputs/plotStyle';
import { CanvasPlot } from '../outputs/CanvasPlot';
import { chartSeriesColor } from '../outputs/chartTheme';
import { SWEEP_PLOT_HEIGHT, sweepPlotData, sweepPlotOptions } from './sweepPlot';
import styles from './Experiments.module.css';

/** "accuracy by learningRate, mean over seeds (log scale)": the figure's accessible name. */
export function sweepChartLabel(chart: SweepChartData): string {
  const over = chart.over ? `, mean over ${chart.over}s` : '';
  return `${chart.metric} by ${chart.x}${over}${chart.scale === 'log' ? ' (log scale)' : ''} chart`;
}

/**
 * A metric against one swept parameter: a line per configuration of the others, or the mean
 * over seeds with a shaded min–max band and ±1 standard deviation error bars. The x axis is
 * logarithmic for rates, and ticks sit on the grid's values, which are the only x measured.
 * Drawn on a canvas (CanvasPlot): a sweep's chart is redrawn as each configuration finishes.
 */
export function SweepChart({ chart }: { chart: SweepChartData }) {
  const { data, spreads } = useMemo(() => sweepPlotData(chart), [chart]);
  if (chart.lines.length === 0) {
    return <p className={styles.muted}>No configuration has a {chart.metric} to chart yet.</p>;
  }
  // The spreads are drawn by hooks, not data uPlot knows of: a new spread needs a new plot, as new lines do.
  const shape = JSON.stringify([chart.metric, chart.x, chart.over, chart.scale, chart.ticks, chart.lines.map((l) => l.name), spreads]);
  return (
    <figure className={styles.figure} aria-label={sweepChartLabel(chart)} data-points={data[0].length}>
      <CanvasPlot
        data={data}
        shape={shape}
        height={SWEEP_PLOT_HEIGHT}
        seriesColors={chart.lines.map((_, i) => chartSeriesColor(i))}
        options={(style: PlotStyle, width: number) => sweepPlotOptions({ chart, spreads, width, style })}
      />
    </figure>
  );
}
