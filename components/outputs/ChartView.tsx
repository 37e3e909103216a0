'use client';

import { memo, useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { canUseLogScale, chartAriaLabel, chartRows } from '@/lib/outputs/chartRows';
import type { ChartData } from '@/lib/outputs/mime';
import { formatNumber } from '@/lib/outputs/plainText';
import styles from './ChartView.module.css';
import { thinChart } from '../../lib/outputs/thinChart';
import { useCoalescedValue } from './useCoalescedValue';
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, CHART_AXIS, CHART_HEIGHT, GRID, TOOLTIP_STYLE, chartSeriesColor } from './chartTheme';
import { ScatterFigure } from './ScatterFigure';

function formatValue(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** A live chart is redrawn at most this often, however often its data changes. */
export const CHART_REDRAW_INTERVAL_MS = 1000;

/**
 * A line chart of a chart payload: dashed series where asked, a second y axis for metrics, a
 * tooltip on hover, and a log-scale toggle (loss curves are easier to read on a log axis).
 * Its accessible name comes from the title, so a History's "Loss" chart is "Loss chart".
 * A chart whose data keeps changing (a live training chart) is redrawn at most once a second.
 */
export function ChartView({ chart, ariaLabel }: { chart: ChartData; ariaLabel?: string }) {
  const shown = useCoalescedValue(chart, CHART_REDRAW_INTERVAL_MS);
  if (shown.mark === 'point') return <ScatterFigure chart={shown} ariaLabel={ariaLabel} />;
  return <ChartFigure chart={shown} ariaLabel={ariaLabel} />;
}

/** The drawing; memoised, so a re-render of the output around it redraws nothing. */
const ChartFigure = memo(function ChartFigure({ chart, ariaLabel }: { chart: ChartData; ariaLabel?: string }) {
  const [logScale, setLogScale] = useState(chart.logScale ?? false);
  const logAllowed = useMemo(() => canUseLogScale(chart), [chart]);
  const useLog = logScale && logAllowed;
  // Thinned for drawing only (see thinChart): a live chart with thousands of points starves the page.
  const drawn = useMemo(() => thinChart(chart), [chart]);
  const { rows, series, hasRightAxis } = useMemo(() => chartRows(drawn, { logScale: useLog }), [drawn, useLog]);
  const integerX = rows.every((row) => Number.isInteger(row.x));
  const toggleId = useId();

  return (
    // data-points: how many x positions are drawn, so a test can watch a live chart grow.
    <figure className={styles.figure} aria-label={ariaLabel ?? chartAriaLabel(chart)} data-points={rows.length}>
      <div className={styles.header}>
        {chart.title ? <figcaption className={styles.title}>{chart.title}</figcaption> : <span />}
        <label className={styles.toggle} htmlFor={toggleId}>
          <input
            id={toggleId}
            type="checkbox"
            checked={useLog}
            disabled={!logAllowed}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          <span>Log scale</span>
        </label>
      </div>
      <div className={styles.plot}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 600, height: CHART_HEIGHT }}>
        <LineChart data={rows} margin={{ top: 8, right: hasRightAxis ? 8 : 24, bottom: 16, left: 8 }}>
          <CartesianGrid {...GRID} />
          <XAxis
            dataKey="x"
            type="number"
            domain={chart.xDomain ?? ['dataMin', 'dataMax']}
            allowDataOverflow={chart.xDomain !== undefined}
            allowDecimals={!integerX}
            stroke={CHART_AXIS}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            label={{ value: chart.xLabel, position: 'insideBottom', offset: -8, ...AXIS_LABEL }}
          />
          <YAxis
            yAxisId="left"
            scale={useLog ? 'log' : 'linear'}
            domain={!useLog && chart.yDomain ? chart.yDomain : ['auto', 'auto']}
            allowDataOverflow={useLog || chart.yDomain !== undefined}
            stroke={CHART_AXIS}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={AXIS_LINE}
            tickFormatter={formatValue}
            width={56}
            label={chart.yLabel ? { value: chart.yLabel, angle: -90, position: 'insideLeft', ...AXIS_LABEL } : undefined}
          />
          {hasRightAxis ? (
            <YAxis
              yAxisId="right"
              orientation="right"
              domain={['auto', 'auto']}
              stroke={CHART_AXIS}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tickFormatter={formatValue}
              width={56}
              label={chart.yLabelRight ? { value: chart.yLabelRight, angle: 90, position: 'insideRight', ...AXIS_LABEL } : undefined}
            />
          ) : null}
          <Tooltip
            formatter={(value) => formatValue(value)}
            labelFormatter={(x) => `${chart.xLabel} ${formatValue(x)}`}
            contentStyle={TOOLTIP_STYLE}
          />
          <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 12, paddingBottom: 4 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              yAxisId={s.axis}
              type="linear"
              // Carbon's categorical palette, per theme; twins (loss, val_loss) share a colour.
              stroke={chartSeriesColor(s.colorIndex)}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              // Hollow dots in the layer's colour (recharts fills them white, glaring in dark mode).
              dot={s.dots ? { fill: 'var(--sb-layer)' } : false}
              connectNulls
              // Live charts update every batch; animating each update makes the line jitter.
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      </div>
    </figure>
  );
});
