/**
 * The job history's charts as chart payloads (lib/outputs' ChartData), so they draw with the
 * same ChartView, colours and log toggle as the live chart in the training cell.
 */
import type { ChartData, ChartSeries } from '../outputs/mime';
import type { JobRecord, MetricPoint } from './jobRecord';

/** One job's loss curve for the comparison overlay. */
export interface LossSeries {
  jobId: string;
  /** [step, loss] pairs, in step order. */
  points: [number, number][];
}

function pointsOf(metrics: readonly MetricPoint[], name: string): [number, number][] {
  return metrics
    .filter((p) => Number.isFinite(p.values[name]))
    .map((p): [number, number] => [p.step, p.values[name]])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * Per job, its training loss by step: the per-step series, or (a job that recorded none) the
 * per-epoch one at each epoch's last step. Jobs without any loss get an empty series.
 */
export function lossSeries(jobs: readonly JobRecord[]): LossSeries[] {
  return jobs.map((job) => {
    const steps = pointsOf(job.stepMetrics, 'loss');
    return { jobId: job.id, points: steps.length ? steps : pointsOf(job.epochMetrics, 'loss') };
  });
}

/** The overlay of several jobs' loss curves: one series per job, named by its id. */
export function lossComparisonChart(jobs: readonly JobRecord[]): ChartData {
  return {
    title: 'Training loss',
    xLabel: 'Step',
    yLabel: 'Loss',
    series: lossSeries(jobs).map((s) => ({ name: s.jobId, points: s.points })),
  };
}

/** Loss-like metrics share the left axis; accuracy-like ones (0..1) go on the right (as in the cell). */
function axisFor(name: string): 'left' | 'right' {
  return /loss|mse|mae|error/i.test(name.replace(/^val_/, '')) ? 'left' : 'right';
}

/** Metric names in first-seen order, loss first. */
function metricNames(metrics: readonly MetricPoint[]): string[] {
  const names = new Set<string>();
  for (const p of metrics) for (const name of Object.keys(p.values)) names.add(name);
  return [...names].sort((a, b) => Number(b === 'loss') - Number(a === 'loss'));
}

/**
 * The job's training curves, laid out like the training cell's live chart: each per-step metric,
 * then per-epoch values at the epoch's last step ("epoch loss"), validation dashed. Null when the
 * job recorded no metrics (evaluate and predict jobs).
 */
export function jobCurveChart(job: Pick<JobRecord, 'stepMetrics' | 'epochMetrics'>): ChartData | null {
  const series: ChartSeries[] = [];
  for (const name of metricNames(job.stepMetrics)) series.push({ name, points: pointsOf(job.stepMetrics, name), axis: axisFor(name) });
  for (const name of metricNames(job.epochMetrics)) {
    const validation = name.startsWith('val_');
    series.push({
      name: validation ? name : `epoch ${name}`,
      points: pointsOf(job.epochMetrics, name),
      axis: axisFor(name),
      dashed: validation,
    });
  }
  if (series.every((s) => s.points.length === 0)) return null;
  const right = [...new Set(series.filter((s) => s.axis === 'right').map((s) => s.name.replace(/^(val_|epoch )/, '')))];
  return { title: 'Loss', xLabel: 'Step', yLabel: 'Loss', yLabelRight: right.length ? right.join(', ') : undefined, series };
}

/** The per-epoch table: one row per epoch (1-based, as Keras prints them), one column per metric. */
export function epochTable(job: Pick<JobRecord, 'epochMetrics'>): {
  columns: string[];
  rows: { epoch: number; step: number; values: (number | undefined)[] }[];
} {
  const columns = metricNames(job.epochMetrics);
  const rows = job.epochMetrics.map((p) => ({ epoch: p.epoch + 1, step: p.step, values: columns.map((c) => p.values[c]) }));
  return { columns, rows };
}
