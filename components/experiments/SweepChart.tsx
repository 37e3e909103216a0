'use client';
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, ErrorBar, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepChartData } from '@/lib/experiments/sweepChart';
import { formatMetric } from '@/lib/jobs/formatJob';
import { sweepChartRows } from './sweepChartRows';
import styles from './Experiments.module.css';
import { AXIS_LABEL, AXIS_TICK, CHART_AXIS, CHART_GRID, TOOLTIP_STYLE, chartSeriesColor } from '../outputs/chartTheme';

const CHART_HEIGHT = 280;

const formatValue = (value: unknown) =>
  Array.isArray(value) ? `${formatMetric(Number(value[0]))} – ${formatMetric(Number(value[1]))}` : typeof value === 'number' ? formatMetric(value) : String(value);

/** "accuracy by learningRate, mean over seeds (log scale)": the figure's accessible name. */
export function sweepChartLabel(chart: SweepChartData): string {
  const over = chart.over ? `, mean over ${chart.over}s` : '';
  return `${chart.metric} by ${chart.x}${over}${chart.scale === 'log' ? ' (log scale)' : ''} chart`;
}

/**
 * A metric against one swept parameter: a line per configuration of the others, or the mean
 * over seeds with a shaded min–max band and ±1 standard deviation error bars. The x axis is
 * logarithmic for rates, and ticks sit on the grid's values, which are the only x measured.
 */
export function SweepChart({ chart }: { chart: SweepChartData }) {
  const { rows, keys } = useMemo(() => sweepChartRows(chart), [chart]);
  const tickLabel = new Map(chart.ticks.map((t) => [t.x, t.label]));
  const xs = chart.ticks.map((t) => t.x);
  const domain: [number, number] | ['auto', 'auto'] = xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : ['auto', 'auto'];
  const xLabel = `${chart.x}${chart.scale === 'log' ? ' (log scale)' : ''}`;
  if (rows.length === 0) {
    return <p className={styles.muted}>No configuration has a {chart.metric} to chart yet.</p>;
  }
  return (
    <figure className={styles.figure} aria-label={sweepChartLabel(chart)}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 600, height: CHART_HEIGHT }}>
        <ComposedChart data={rows} margin={{ top: 8, right: 24, bottom: 20, left: 8 }}>
          <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale={chart.scale === 'log' ? 'log' : 'linear'}
            domain={domain}
            ticks={xs}
            interval={0}
            padding={{ left: 20, right: 20 }}
            tickFormatter={(x: number) => tickLabel.get(x) ?? formatMetric(x)}
            stroke={CHART_AXIS}
            tick={AXIS_TICK}
            label={{ value: xLabel, position: 'insideBottom', offset: -12, ...AXIS_LABEL }}
          />
          <YAxis
            domain={['auto', 'auto']}
            stroke={CHART_AXIS}
            tick={AXIS_TICK}
            tickFormatter={formatValue}
            width={56}
            label={{ value: chart.metric, angle: -90, position: 'insideLeft', ...AXIS_LABEL }}
          />
          <Tooltip
            formatter={formatValue}
            labelFormatter={(x) => `${chart.x} ${tickLabel.get(Number(x)) ?? x}`}
            contentStyle={TOOLTIP_STYLE}
          />
          <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 12, paddingBottom: 4 }} />
          {keys.flatMap((k, i) => {
            const color = chartSeriesColor(i); // Carbon's categorical palette, as ChartView uses it
            const mean = (
              <Line key={k.mean} dataKey={k.mean} name={k.name} type="linear" stroke={color} strokeWidth={2} dot={{ r: 3, fill: color }} connectNulls isAnimationActive={false}>
                {k.spread ? <ErrorBar dataKey={k.error} width={6} stroke={color} strokeWidth={1.5} direction="y" /> : null}
              </Line>
            );
            if (!k.spread) return [mean];
            const band = (
              <Area key={k.band} dataKey={k.band} name={`${k.name} (min–max)`} type="linear" stroke="none" fill={color} fillOpacity={0.14} legendType="none" connectNulls isAnimationActive={false} />
            );
            return [band, mean];
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
