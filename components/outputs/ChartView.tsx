'use client';

import type { ChartData } from '@/lib/outputs/mime';
import { useCoalescedValue } from './useCoalescedValue';
import { LineChartFigure } from './LineChartFigure';
import { ScatterFigure } from './ScatterFigure';

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
  return <LineChartFigure chart={shown} ariaLabel={ariaLabel} />;
}
