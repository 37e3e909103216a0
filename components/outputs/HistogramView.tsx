'use client';

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/outputs/plainText';
import type { HistogramData } from '@/lib/outputs/plotSchemas';
import { histogramStatsText } from '@/lib/outputs/plotText';
import { AXIS_LABEL, AXIS_LINE, AXIS_TICK, CHART_HEIGHT, GRID, PALETTE, TOOLTIP_STYLE } from './chartTheme';
import styles from './ChartView.module.css';

/** Most tick labels under a histogram; more would overlap on a cell-wide chart. */
const MAX_TICKS = 14;

/** A histogram (show.histogram): one bar per bin, the statistics tfjs-vis shows beneath. */
export const HistogramView = memo(function HistogramView({ data }: { data: HistogramData }) {
  const rows = useMemo(
    () =>
      data.bins.map((b, i) => ({
        mid: (b.x0 + b.x1) / 2,
        range: `[${formatNumber(b.x0)}, ${formatNumber(b.x1)}${i === data.bins.length - 1 ? ']' : ')'}`,
        count: b.count,
      })),
    [data.bins],
  );
  // Ticks on the bin edges (every few when there are many), so a bar reads as the range it counts.
  const edges = useMemo(() => {
    const all = data.bins.length ? [data.bins[0].x0, ...data.bins.map((b) => b.x1)] : [];
    const every = Math.ceil(all.length / MAX_TICKS);
    return all.filter((_, i) => i % every === 0);
  }, [data.bins]);
  const domain: [number, number] = data.bins.length ? [data.bins[0].x0, data.bins[data.bins.length - 1].x1] : [0, 1];
  const name = data.title ? `${data.title} histogram` : 'Histogram';
  return (
    <figure className={styles.figure} aria-label={name} data-bins={data.bins.length}>
      <div className={styles.header}>{data.title ? <figcaption className={styles.title}>{data.title}</figcaption> : <span />}</div>
      <div className={styles.plot}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={{ width: 600, height: CHART_HEIGHT }}>
          <BarChart data={rows} margin={{ top: 8, right: 24, bottom: 16, left: 8 }} barCategoryGap={1}>
            <CartesianGrid {...GRID} vertical={false} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={domain}
              ticks={edges}
              tickFormatter={(v: number) => formatNumber(v)}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              label={data.xLabel ? { value: data.xLabel, position: 'insideBottom', offset: -8, ...AXIS_LABEL } : undefined}
            />
            <YAxis
              allowDecimals={false}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              width={56}
              label={{ value: data.yLabel ?? 'count', angle: -90, position: 'insideLeft', ...AXIS_LABEL }}
            />
            <Tooltip
              contentStyle={TOOLTIP_STYLE}
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.range ?? '')}
              cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
            />
            <Bar dataKey="count" name="count" fill={PALETTE[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className={styles.footnote}>{histogramStatsText(data.stats)}</p>
    </figure>
  );
});
