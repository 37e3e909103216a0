'use client';
/** The drawing of a line chart (ChartView): its series and axes as uPlot options on a CanvasPlot. */
import { useMemo } from 'react';
import type { ChartRows } from '@/lib/outputs/chartRows';
import { LINE_PLOT_HEIGHT, lineChartColumns, linePlotOptions } from '@/lib/outputs/lineChartPlot';
import type { ChartData } from '@/lib/outputs/mime';
import type { PlotStyle } from '@/lib/outputs/plotStyle';
import { CanvasPlot } from './CanvasPlot';
import { chartSeriesColor } from './chartTheme';

interface LineFigureProps {
  chart: ChartData;
  drawn: ChartRows;
  logScale: boolean;
  integerX: boolean;
}

export function LineFigure({ chart, drawn, logScale, integerX }: LineFigureProps) {
  const data = useMemo(() => lineChartColumns(drawn), [drawn]);
  const { series, ...rest } = chart;
  // Everything but the points: the chart's labels and domains, the drawn series, the scale.
  const shape = JSON.stringify([rest, drawn.series, series.length, logScale, integerX]);
  return (
    <CanvasPlot
      data={data}
      shape={shape}
      height={LINE_PLOT_HEIGHT}
      seriesColors={drawn.series.map((s) => chartSeriesColor(s.colorIndex))}
      options={(style: PlotStyle, width: number) => linePlotOptions({ chart, drawn, logScale, integerX, width, style })}
    />
  );
}
