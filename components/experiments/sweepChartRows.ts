/**
 * Recharts wants one object per x position with a key per series; a sweep chart has, per line,
 * the mean (or the single run), its min–max band and its standard deviation for error bars.
 */
import type { SweepChartData } from '../../lib/experiments/sweepChart';

/** One x position: `m<i>` the value of line i, `b<i>` its [min, max], `e<i>` its standard deviation. */
export type SweepChartRow = { x: number } & Record<string, number | [number, number] | undefined>;

export interface SweepChartKeys {
  name: string;
  mean: string;
  band: string;
  error: string;
  /** True when some point of the line averages more than one run, so a band means something. */
  spread: boolean;
}

export function sweepChartRows(chart: SweepChartData): { rows: SweepChartRow[]; keys: SweepChartKeys[] } {
  const byX = new Map<number, SweepChartRow>();
  const keys = chart.lines.map((line, i) => {
    const k = { name: line.name, mean: `m${i}`, band: `b${i}`, error: `e${i}`, spread: line.points.some((p) => (p.spread?.n ?? 0) > 1) };
    for (const point of line.points) {
      const row = byX.get(point.x) ?? { x: point.x };
      row[k.mean] = point.y;
      if (point.spread) {
        row[k.band] = [point.spread.min, point.spread.max];
        row[k.error] = point.spread.std;
      }
      byX.set(point.x, row);
    }
    return k;
  });
  return { rows: [...byX.values()].sort((a, b) => a.x - b.x), keys };
}
