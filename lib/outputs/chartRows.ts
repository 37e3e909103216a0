/**
 * Turns a chart payload into the row-per-x shape that recharts draws, and decides what a log
 * scale can show. Pure, so the chart's data handling is tested without rendering.
 */
import type { ChartData } from './mime';

/** One x position with a y per series key (null where that series has no point or no log value). */
export type ChartRow = { x: number } & Record<string, number | null>;

/** A series as drawn: `key` is a safe data key (recharts reads dotted keys as paths). */
export interface DrawnSeries {
  key: string;
  name: string;
  dashed: boolean;
  axis: 'left' | 'right';
  /** Index into the palette; a val_ series shares its training twin's, dashes tell them apart. */
  colorIndex: number;
  /**
   * Whether to mark each point with a dot: a sparse series (one point per epoch beside hundreds
   * per step) is invisible as a bare line while it has a single point, and hard to read with few.
   */
  dots: boolean;
}

/** A series with at most this many points is drawn with a dot on each. */
export const MAX_DOTTED_POINTS = 30;

/** Rows and series ready for a recharts LineChart. */
export interface ChartRows {
  rows: ChartRow[];
  series: DrawnSeries[];
  /** True when some series uses the right axis. */
  hasRightAxis: boolean;
}

/**
 * Merges the series by x. With `logScale`, values <= 0 on the left axis become null: a log axis
 * cannot place them, and recharts would otherwise draw a broken scale for the whole chart.
 */
export function chartRows(chart: ChartData, options: { logScale: boolean }): ChartRows {
  const colors = new Map<string, number>();
  const series: DrawnSeries[] = chart.series.map((s, i) => {
    const twin = s.name.replace(/^val_/, '');
    if (!colors.has(twin)) colors.set(twin, colors.size);
    return {
      key: `s${i}`,
      name: s.name,
      dashed: s.dashed ?? false,
      axis: s.axis ?? 'left',
      colorIndex: colors.get(twin)!,
      dots: s.points.length <= MAX_DOTTED_POINTS,
    };
  });
  const byX = new Map<number, ChartRow>();
  chart.series.forEach((s, i) => {
    const { key, axis } = series[i];
    for (const [x, y] of s.points) {
      const row = byX.get(x) ?? ({ x } as ChartRow);
      row[key] = options.logScale && axis === 'left' && y <= 0 ? null : y;
      byX.set(x, row);
    }
  });
  const rows = [...byX.values()].sort((a, b) => a.x - b.x);
  for (const row of rows) for (const { key } of series) if (!(key in row)) row[key] = null;
  return { rows, series, hasRightAxis: series.some((s) => s.axis === 'right') };
}

/** Whether a log scale would show anything: some left-axis value must be positive. */
export function canUseLogScale(chart: ChartData): boolean {
  return chart.series.some((s) => (s.axis ?? 'left') === 'left' && s.points.some(([, y]) => y > 0));
}

/** The chart's accessible name: "Loss" becomes "Loss chart". */
export function chartAriaLabel(chart: Pick<ChartData, 'title'>): string {
  return chart.title ? `${chart.title} chart` : 'Chart';
}
