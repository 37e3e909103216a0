'use client';

import { memo, useId, useMemo, useState } from 'react';
import { canUseLogScale, chartAriaLabel, chartRows } from '@/lib/outputs/chartRows';
import type { ChartData } from '@/lib/outputs/mime';
import styles from './ChartView.module.css';
import { thinChart } from '../../lib/outputs/thinChart';
import { useCoalescedValue } from './useCoalescedValue';
import { LineFigure } from './LineFigure';
import { ScatterFigure } from './lazyViews';

/** A live chart is redrawn at most this often, however often its data changes. */
export const CHART_REDRAW_INTERVAL_MS = 1000;

/**
 * A line chart of a chart payload: dashed series where asked, a second y axis for metrics, a
 * legend that shows the values under the pointer, drag to zoom (double-click to reset), and a
 * log-scale toggle (loss curves are easier to read on a log axis).
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
  const drawnRows = useMemo(() => chartRows(drawn, { logScale: useLog }), [drawn, useLog]);
  const { rows } = drawnRows;
  const integerX = rows.every((row) => Number.isInteger(row.x));
  const toggleId = useId();

  return (
    // data-points: how many x positions are drawn, so a test can watch a live chart grow.
    <figure className={styles.figure} aria-label={ariaLabel ?? chartAriaLabel(chart)} data-points={rows.length}>
      <div className={styles.header}>
        {chart.title ? <figcaption className={styles.title}>{chart.title}</figcaption> : <span />}
        <label className={styles.toggle} htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={useLog} disabled={!logAllowed} onChange={(e) => setLogScale(e.target.checked)} />
          <span>Log scale</span>
        </label>
      </div>
      <LineFigure chart={chart} drawn={drawnRows} logScale={useLog} integerX={integerX} />
    </figure>
  );
});
