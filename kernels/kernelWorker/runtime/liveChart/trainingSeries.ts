/**
 * Collects training logs (per step and per epoch) and turns them into the chart payload the
 * cell shows while a model trains. Pure: the kernel decides when to publish.
 */
import { CHART_MIME, type ChartData } from '../../../../lib/outputs/mime';
import { chartText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';

/** Loss-like metrics share the left axis; accuracy-like ones (0..1) go on the right. */
function axisFor(name: string): 'left' | 'right' {
  return /loss|mse|mae|error/i.test(name.replace(/^val_/, '')) ? 'left' : 'right';
}

/** At most this many points per step series; older points are thinned evenly. */
export const MAX_STEP_POINTS = 400;

function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_STEP_POINTS) return points;
  const stride = points.length / MAX_STEP_POINTS;
  const out: [number, number][] = [];
  for (let i = 0; i < MAX_STEP_POINTS; i++) out.push(points[Math.floor(i * stride)]);
  out.push(points[points.length - 1]);
  return out;
}

export class TrainingSeries {
  private steps = new Map<string, [number, number][]>();
  private epochs = new Map<string, [number, number][]>();
  stepCount = 0;

  constructor(private readonly title = 'Loss') {}

  step(step: number, logs: Record<string, number>) {
    this.stepCount = step;
    for (const [k, v] of Object.entries(logs)) {
      if (!Number.isFinite(v) || k === 'batch' || k === 'size') continue;
      if (!this.steps.has(k)) this.steps.set(k, []);
      this.steps.get(k)!.push([step, v]);
    }
  }

  /** Epoch logs are placed at the step where the epoch ended. */
  epoch(step: number, logs: Record<string, number>) {
    for (const [k, v] of Object.entries(logs)) {
      if (!Number.isFinite(v)) continue;
      const name = k.startsWith('val_') ? k : `epoch ${k}`;
      if (!this.epochs.has(name)) this.epochs.set(name, []);
      this.epochs.get(name)!.push([step, v]);
    }
  }

  get isEmpty() {
    return this.steps.size === 0 && this.epochs.size === 0;
  }

  chart(): ChartData {
    const series: ChartData['series'] = [];
    for (const [name, points] of this.steps) series.push({ name, points: thin(points), axis: axisFor(name) });
    for (const [name, points] of this.epochs) {
      series.push({ name, points, axis: axisFor(name.replace(/^epoch /, '')), dashed: name.startsWith('val_') });
    }
    const right = series.filter((s) => s.axis === 'right').map((s) => s.name.replace(/^(val_|epoch )/, ''));
    return {
      title: this.title,
      xLabel: 'Step',
      yLabel: 'Loss',
      yLabelRight: right.length ? [...new Set(right)].join(', ') : undefined,
      series,
    };
  }

  bundle(): MimeBundle {
    const chart = this.chart();
    return { 'text/plain': chartText(chart), [CHART_MIME]: chart };
  }
}
