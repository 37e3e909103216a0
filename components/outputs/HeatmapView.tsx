'use client';

import { memo } from 'react';
import { colorStops, valueColor } from '@/lib/outputs/colorMaps';
import { formatNumber } from '@/lib/outputs/plainText';
import type { HeatmapData } from '@/lib/outputs/plotSchemas';
import styles from './ChartView.module.css';

const PLOT_WIDTH = 600;
const PLOT_HEIGHT = 240;
const CHAR_WIDTH = 6.5;
const FONT_SIZE = 11;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * A heatmap (show.heatmap) drawn as SVG cells: recharts has no heatmap, and one <svg> of
 * rectangles is light even for 200 × 200 cells. Tick labels are thinned so they never overlap;
 * every cell's label and value show on hover. Text and tick marks use currentColor.
 */
export const HeatmapView = memo(function HeatmapView({ data }: { data: HeatmapData }) {
  const rows = data.values.length;
  const columns = data.xTickLabels.length;
  const cellW = clamp(PLOT_WIDTH / columns, 2, 72);
  const cellH = clamp(PLOT_HEIGHT / rows, 2, 40);
  const longestX = Math.max(...data.xTickLabels.map((l) => l.length));
  const rotate = longestX * CHAR_WIDTH > cellW - 2;
  const xEvery = Math.ceil((rotate ? FONT_SIZE + 2 : longestX * CHAR_WIDTH + 6) / cellW);
  const yEvery = Math.ceil((FONT_SIZE + 2) / cellH);
  const left = clamp(Math.max(...data.yTickLabels.map((l) => l.length)) * CHAR_WIDTH + 10, 24, 140) + (data.yLabel ? 18 : 0);
  const xLabelsHeight = rotate ? clamp(longestX * CHAR_WIDTH * 0.72 + 8, 18, 110) : 18;
  const bottom = xLabelsHeight + (data.xLabel ? 18 : 0);
  const width = left + columns * cellW + 8;
  const height = 4 + rows * cellH + bottom;
  const [lo, hi] = data.domain;
  const name = data.title ? `${data.title} heatmap` : 'Heatmap';
  const gradient = `linear-gradient(to right, ${colorStops(data.colorMap).join(', ')})`;

  return (
    <figure className={styles.figure} aria-label={name} data-rows={rows} data-columns={columns}>
      <div className={styles.header}>{data.title ? <figcaption className={styles.title}>{data.title}</figcaption> : <span />}</div>
      <div className={styles.plot}>
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`${name}: ${rows} rows by ${columns} columns, values from ${formatNumber(lo)} to ${formatNumber(hi)}`}
          fontSize={FONT_SIZE}
          style={{ maxWidth: '100%', height: 'auto' }}
          viewBox={`0 0 ${width} ${height}`}
        >
          <g transform={`translate(${left}, 4)`}>
            {data.values.map((row, r) =>
              row.map((value, c) => (
                <rect
                  key={`${r}-${c}`}
                  x={c * cellW}
                  y={r * cellH}
                  width={cellW}
                  height={cellH}
                  fill={value === null ? 'none' : valueColor(data.colorMap, value, data.domain)}
                >
                  <title>{`${data.xTickLabels[c]}, ${data.yTickLabels[r]}: ${value === null ? 'NaN' : formatNumber(value)}`}</title>
                </rect>
              )),
            )}
            {data.yTickLabels.map((label, r) =>
              r % yEvery === 0 ? (
                <text key={r} x={-6} y={r * cellH + cellH / 2} textAnchor="end" dominantBaseline="central" fill="currentColor">
                  {label}
                </text>
              ) : null,
            )}
            {data.xTickLabels.map((label, c) =>
              c % xEvery === 0 ? (
                <text
                  key={c}
                  fill="currentColor"
                  textAnchor={rotate ? 'end' : 'middle'}
                  dominantBaseline={rotate ? 'central' : 'hanging'}
                  transform={
                    rotate
                      ? `translate(${c * cellW + cellW / 2}, ${rows * cellH + 6}) rotate(-45)`
                      : `translate(${c * cellW + cellW / 2}, ${rows * cellH + 4})`
                  }
                >
                  {label}
                </text>
              ) : null,
            )}
            {data.xLabel ? (
              <text x={(columns * cellW) / 2} y={rows * cellH + bottom - 4} textAnchor="middle" fill="currentColor" fontSize={12}>
                {data.xLabel}
              </text>
            ) : null}
            {data.yLabel ? (
              <text
                transform={`translate(${-left + 12}, ${(rows * cellH) / 2}) rotate(-90)`}
                textAnchor="middle"
                fill="currentColor"
                fontSize={12}
              >
                {data.yLabel}
              </text>
            ) : null}
          </g>
        </svg>
      </div>
      <div className={styles.footnote} aria-label="Colour scale" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span>{formatNumber(lo)}</span>
        <span style={{ background: gradient, width: 160, height: 10, display: 'inline-block', border: '1px solid currentColor' }} />
        <span>{formatNumber(hi)}</span>
      </div>
    </figure>
  );
});
