/**
 * Reading a sweep: the best configuration by a metric, the mean and spread across seeds, and a
 * chart of a metric against one swept parameter. Diverged and failed configurations have no
 * metrics and are left out of all three (the table still lists them).
 */
import type { ChartData, ChartSeries } from '../outputs/mime';
import type { SweepRow, SweepSummary, SweepValue } from './sweepSummary';

export const SWEEP_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'loss'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** The parameter whose values are repetitions, not settings: averaged over rather than charted. */
export const SEED_PARAM = 'seed';

const scored = (rows: readonly SweepRow[], metric: SweepMetric) =>
  rows.filter((r) => (r.status === 'trained' || r.status === 'reused') && typeof r[metric] === 'number');

/** Highest accuracy, precision, recall or F1; lowest loss. */
export function bestRow(summary: Pick<SweepSummary, 'rows'>, metric: SweepMetric = 'accuracy'): SweepRow | undefined {
  const better = (a: number, b: number) => (metric === 'loss' ? a < b : a > b);
  return scored(summary.rows, metric).reduce<SweepRow | undefined>((best, row) => (!best || better(row[metric]!, best[metric]!) ? row : best), undefined);
}

/** One configuration of the non-seed parameters, and its metric over the seeds. */
export interface SeedStats {
  values: Record<string, SweepValue>;
  mean: number;
  std: number;
  min: number;
  max: number;
  n: number;
}

const keyOf = (values: Record<string, SweepValue>, params: readonly string[]) => JSON.stringify(params.map((p) => values[p]));

/** Mean, standard deviation (population), min and max of the metric across seeds, per configuration of the other parameters, in grid order. */
export function seedStats(summary: Pick<SweepSummary, 'rows' | 'params'>, metric: SweepMetric): SeedStats[] {
  const others = summary.params.filter((p) => p !== SEED_PARAM);
  const groups = new Map<string, { values: Record<string, SweepValue>; scores: number[] }>();
  for (const row of scored(summary.rows, metric)) {
    const key = keyOf(row.values, others);
    const group = groups.get(key) ?? { values: Object.fromEntries(others.map((p) => [p, row.values[p]])), scores: [] };
    group.scores.push(row[metric]!);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ values, scores }) => {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const std = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
    return { values, mean, std, min: Math.min(...scores), max: Math.max(...scores), n: scores.length };
  });
}

/** Rates span decades: a learning rate axis reads on a log scale. */
export function usesLogScale(values: readonly SweepValue[]): boolean {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length !== values.length || numbers.some((v) => v <= 0)) return false;
  return Math.max(...numbers) / Math.min(...numbers) >= 100;
}

const describe = (values: Record<string, SweepValue>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/**
 * The metric against `x`: with a seed parameter, the mean over seeds with dashed min and max
 * lines (one triple per configuration of any other parameter); without, one line per
 * configuration of the other parameters.
 */
export function sweepChart(summary: Pick<SweepSummary, 'rows' | 'params' | 'grid' | 'name'>, metric: SweepMetric, x: string): ChartData {
  const xValues = summary.grid[x] ?? [];
  const log = usesLogScale(xValues);
  const numeric = xValues.every((v) => typeof v === 'number');
  const position = (v: SweepValue) => (log ? Math.log10(v as number) : numeric ? (v as number) : xValues.indexOf(v));
  const xLabel = log ? `${x} (log₁₀)` : numeric ? x : `${x} (position in the grid: ${xValues.join(', ')})`;
  const byX = (a: [number, number], b: [number, number]) => a[0] - b[0];
  const series: ChartSeries[] = [];
  if (summary.params.includes(SEED_PARAM) && x !== SEED_PARAM) {
    const others = summary.params.filter((p) => p !== SEED_PARAM && p !== x);
    const groups = new Map<string, SeedStats[]>();
    for (const stats of seedStats(summary, metric)) {
      const key = describe(Object.fromEntries(others.map((p) => [p, stats.values[p]])));
      groups.set(key, [...(groups.get(key) ?? []), stats]);
    }
    for (const [label, stats] of groups) {
      const prefix = label ? `${label}: ` : '';
      series.push({ name: `${prefix}mean over seeds`, points: stats.map((s) => [position(s.values[x]), s.mean] as [number, number]).sort(byX) });
      if (stats.some((s) => s.n > 1)) {
        series.push({ name: `${prefix}min`, dashed: true, points: stats.map((s) => [position(s.values[x]), s.min] as [number, number]).sort(byX) });
        series.push({ name: `${prefix}max`, dashed: true, points: stats.map((s) => [position(s.values[x]), s.max] as [number, number]).sort(byX) });
      }
    }
  } else {
    const others = summary.params.filter((p) => p !== x);
    const groups = new Map<string, [number, number][]>();
    for (const row of scored(summary.rows, metric)) {
      const key = describe(Object.fromEntries(others.map((p) => [p, row.values[p]]))) || metric;
      groups.set(key, [...(groups.get(key) ?? []), [position(row.values[x]), row[metric]!]]);
    }
    for (const [name, points] of groups) series.push({ name, points: points.sort(byX) });
  }
  return { title: `${metric} by ${x}`, xLabel, yLabel: metric, series };
}
