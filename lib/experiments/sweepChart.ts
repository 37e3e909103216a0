/**
 * The numbers behind a sweep's chart and its "across seeds" table: a metric against one swept
 * parameter, one line per configuration of the others, or one line of the mean when runs that
 * differ only in their seed are averaged, with the spread (min–max, standard deviation) kept
 * for a band and error bars. Pure, so the view only draws.
 */
import { bestRow, SEED_PARAM, SWEEP_METRICS, usesLogScale, type SweepMetric } from './sweepMetrics';
import type { SweepRow, SweepSummary, SweepValue } from './sweepSummary';

export { bestRow, SEED_PARAM, SWEEP_METRICS, type SweepMetric };

type Sweep = Pick<SweepSummary, 'rows' | 'params' | 'grid'>;

/** A metric over the runs that share every value but one (the seed, usually). */
export interface SpreadStats {
  /** The values of the parameters that were held fixed. */
  values: Record<string, SweepValue>;
  mean: number;
  /** Population standard deviation: these runs are all there is, not a sample of more. */
  std: number;
  min: number;
  max: number;
  /** Runs that had the metric; a diverged seed lowers it instead of dragging the mean to nothing. */
  n: number;
}

/** One point of a line; `spread` is there when the point is a mean over several runs. */
export interface SweepChartPoint {
  /** Position on the x axis: the value itself, or its index in the grid for strings and booleans. */
  x: number;
  /** The swept value it stands for, for tick labels and tooltips. */
  value: SweepValue;
  y: number;
  spread?: Omit<SpreadStats, 'values' | 'mean'>;
}

export interface SweepChartLine {
  /** Legend text: the other parameters' values ("batchSize=32"), or the metric when there are none. */
  name: string;
  points: SweepChartPoint[];
}

export interface SweepChartOptions {
  metric: SweepMetric;
  /** The parameter on the x axis. */
  x: string;
  /** A parameter to average over (one mean line instead of a line per value); never `x` itself. */
  over?: string;
}

export interface SweepChartData {
  metric: SweepMetric;
  x: string;
  /** The parameter averaged over, when the lines are means. */
  over?: string;
  /** 'log' for values spanning two decades or more (learning rates); 'category' when not all numbers. */
  scale: 'log' | 'linear' | 'category';
  /** One tick per grid value of `x`. */
  ticks: { x: number; label: string }[];
  lines: SweepChartLine[];
  /** Diverged and failed configurations: no metric to draw, so the view lists them instead. */
  leftOut: SweepRow[];
}

const hasMetric = (row: SweepRow, metric: SweepMetric) =>
  (row.status === 'trained' || row.status === 'reused') && typeof row[metric] === 'number';

/** Diverged or failed: a configuration with no result to plot or average. */
export const isLeftOut = (row: SweepRow) => row.status === 'diverged' || row.status === 'failed';

const describeValues = (values: Record<string, SweepValue>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** Rows arrive as configurations finish; the grid's own order reads better. */
function gridOrder(grid: Sweep['grid'], params: readonly string[]) {
  const rank = (values: Record<string, SweepValue>) => params.map((p) => (grid[p] ?? []).findIndex((v) => v === values[p]));
  return (a: Record<string, SweepValue>, b: Record<string, SweepValue>) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return 0;
  };
}

function stats(values: Record<string, SweepValue>, scores: number[]): SpreadStats {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const std = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
  return { values, mean, std, min: Math.min(...scores), max: Math.max(...scores), n: scores.length };
}

/** The metric across the values of `over`, for each configuration of the other parameters, in grid order. */
export function spreadStats(summary: Sweep, metric: SweepMetric, over: string): SpreadStats[] {
  const fixed = summary.params.filter((p) => p !== over);
  const groups = new Map<string, { values: Record<string, SweepValue>; scores: number[] }>();
  for (const row of summary.rows) {
    if (!hasMetric(row, metric)) continue;
    const values = Object.fromEntries(fixed.map((p) => [p, row.values[p]]));
    const key = JSON.stringify(fixed.map((p) => row.values[p]));
    const group = groups.get(key) ?? { values, scores: [] };
    group.scores.push(row[metric]!);
    groups.set(key, group);
  }
  const order = gridOrder(summary.grid, fixed);
  return [...groups.values()].sort((a, b) => order(a.values, b.values)).map((g) => stats(g.values, g.scores));
}

/** Mean, std, min, max and n across seeds for each configuration of the other parameters; [] without a seed parameter. */
export function seedStats(summary: Sweep, metric: SweepMetric): SpreadStats[] {
  return summary.params.includes(SEED_PARAM) ? spreadStats(summary, metric, SEED_PARAM) : [];
}

/** The parameter averaged over by default: the seed, unless it is the one on the x axis. */
export function defaultOver(params: readonly string[], x: string): string | undefined {
  return params.includes(SEED_PARAM) && x !== SEED_PARAM ? SEED_PARAM : undefined;
}

/** The metric against `x`, one line per configuration of the remaining parameters, points sorted by x. */
export function sweepChart(summary: Sweep, { metric, x, over }: SweepChartOptions): SweepChartData {
  const xValues = summary.grid[x] ?? [];
  const scale = usesLogScale(xValues) ? 'log' : xValues.every((v) => typeof v === 'number') ? 'linear' : 'category';
  const position = (v: SweepValue) => (scale === 'category' ? xValues.indexOf(v) : (v as number));
  const averaged = over !== undefined && over !== x && summary.params.includes(over) ? over : undefined;
  const lineParams = summary.params.filter((p) => p !== x && p !== averaged);
  const lines = new Map<string, SweepChartPoint[]>();
  const add = (values: Record<string, SweepValue>, point: SweepChartPoint) => {
    const name =
      describeValues(Object.fromEntries(lineParams.map((p) => [p, values[p]]))) || (averaged ? `mean over ${averaged}s` : metric);
    lines.set(name, [...(lines.get(name) ?? []), point]);
  };
  if (averaged) {
    for (const { values, mean, ...spread } of spreadStats(summary, metric, averaged)) {
      add(values, { x: position(values[x]), value: values[x], y: mean, spread });
    }
  } else {
    const order = gridOrder(summary.grid, lineParams);
    const rows = summary.rows.filter((r) => hasMetric(r, metric)).sort((a, b) => order(a.values, b.values));
    for (const row of rows) add(row.values, { x: position(row.values[x]), value: row.values[x], y: row[metric]! });
  }
  return {
    metric,
    x,
    over: averaged,
    scale,
    ticks: xValues.map((v) => ({ x: position(v), label: String(v) })),
    lines: [...lines].map(([name, points]) => ({ name, points: points.sort((a, b) => a.x - b.x) })),
    leftOut: summary.rows.filter(isLeftOut),
  };
}
