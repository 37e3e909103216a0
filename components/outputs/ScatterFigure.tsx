'use client';

import { memo } from 'react';
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartAriaLabel } from '@/lib/outputs/chartRows';
import type { ChartData } from '@/lib/outputs/mime';
import { formatNumber } from '@/lib/outputs/plainText';
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, CHART_HEIGHT, GRID, PALETTE, TOOLTIP_STYLE } from './chartTheme';
import styles from './ChartView.module.css';

const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value));

/**
 * A scatter plot (show.scatter): each series its own colour, every point drawn (points may share
 * an x, so they are not merged by x as a line chart's are).
 */
export const ScatterFigure = memo(function ScatterFigure({ chart, ariaLabel }: { chart: ChartData; ariaLabel?: string }) {
  const points = chart.series.reduce((n, s) => n + s.points.length, 0);
  return (
    <figure className={styles.figure} aria-label={ariaLabel ?? chartAriaLabel(chart)} data-points={points} data-mark="point">
      <div className={styles.header}>{chart.title ? <figcaption className={styles.title}>{chart.title}</figcaption> : <span />}</div>
      <div className={styles.plot}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 600, height: CHART_HEIGHT }}>
          <ScatterChart margin={{ top: 8, right: 24, bottom: 16, left: 8 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              dataKey="x"
              type="number"
              name={chart.xLabel}
              domain={chart.xDomain ?? ['auto', 'auto']}
              allowDataOverflow={chart.xDomain !== undefined}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tickFormatter={format}
              label={{ value: chart.xLabel, position: 'insideBottom', offset: -8, ...AXIS_LABEL }}
            />
            <YAxis
              dataKey="y"
              type="number"
              name={chart.yLabel ?? 'y'}
              domain={chart.yDomain ?? ['auto', 'auto']}
              allowDataOverflow={chart.yDomain !== undefined}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tickFormatter={format}
              width={56}
              label={chart.yLabel ? { value: chart.yLabel, angle: -90, position: 'insideLeft', ...AXIS_LABEL } : undefined}
            />
            <Tooltip formatter={(value) => format(value)} contentStyle={TOOLTIP_STYLE} cursor={{ strokeDasharray: '3 3' }} />
            {chart.series.length > 1 ? (
              <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 12, paddingBottom: 4 }} />
            ) : null}
            {chart.series.map((s, i) => (
              <Scatter
                key={i}
                name={s.name}
                data={s.points.map(([x, y]) => ({ x, y }))}
                fill={PALETTE[i % PALETTE.length]}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
