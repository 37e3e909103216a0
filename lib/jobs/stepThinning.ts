/**
 * Keeps a job's per-step series to a size the job pages chart quickly. The kernel already sends
 * fewer points the longer a job runs (denser early, sparser late), so the points are picked
 * evenly along the steps, not by position in the list, and the last one always stays.
 */
import type { MetricPoint } from './jobRecord';

/** Per-step points a job's record holds when read. */
export const MAX_RECORDED_STEPS = 2000;

export function thinSteps(points: MetricPoint[], max = MAX_RECORDED_STEPS): MetricPoint[] {
  if (points.length <= max) return points;
  const first = points[0].step;
  const span = points[points.length - 1].step - first;
  if (!(span > 0)) return points.slice(-max);
  const out: MetricPoint[] = [];
  let next = first;
  for (let i = 0; i < points.length - 1; i++) {
    if (points[i].step < next) continue;
    out.push(points[i]);
    next = first + (span * out.length) / (max - 1);
  }
  out.push(points[points.length - 1]);
  return out;
}
