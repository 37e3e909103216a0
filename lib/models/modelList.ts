/**
 * The Models page's table: which versions it shows, how it sorts, and how it prints shapes
 * and metrics. Pure, so the page only renders.
 */
import type { SortDirection } from '../jobs/jobList';
import type { ModelRecord } from './modelRecord';

export type ModelSortKey = 'name' | 'version' | 'createdAt' | 'params' | 'metric';
export type { SortDirection };

/** `[null,4]` for one input, `[null,4] [null,28,28,1]` for several. */
export function formatShapes(shapes: readonly (readonly (number | null)[])[]): string {
  return shapes.map((s) => `[${s.map((d) => (d === null ? 'null' : String(d))).join(',')}]`).join(' ');
}

/** The metric a model is judged by in the table: validation accuracy, else accuracy, else the loss. */
export function headlineMetric(model: ModelRecord): { name: string; value: number } | undefined {
  const metrics = model.training?.metrics ?? {};
  for (const name of ['val_acc', 'val_accuracy', 'acc', 'accuracy', 'val_loss', 'loss']) {
    if (metrics[name] !== undefined) return { name, value: metrics[name] };
  }
  return undefined;
}

/** Every final metric, short: `loss 0.0712 · acc 0.973`. */
export function formatMetrics(model: ModelRecord): string {
  return Object.entries(model.training?.metrics ?? {})
    .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toPrecision(3)}`)
    .join(' · ');
}

function compare(a: ModelRecord, b: ModelRecord, key: ModelSortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name) || a.version - b.version;
    case 'version':
      return a.version - b.version;
    case 'createdAt':
      return a.createdAt - b.createdAt;
    case 'params':
      return a.params - b.params;
    case 'metric': {
      // Models without a metric sort last whichever the direction.
      const x = headlineMetric(a)?.value;
      const y = headlineMetric(b)?.value;
      if (x === undefined || y === undefined) return 0;
      return x - y;
    }
  }
}

/** Sorted copy; ties keep the newest first. */
export function sortModels(models: readonly ModelRecord[], key: ModelSortKey, direction: SortDirection): ModelRecord[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const hasMetric = (m: ModelRecord) => key !== 'metric' || headlineMetric(m) !== undefined;
  return [...models].sort((a, b) => {
    if (hasMetric(a) !== hasMetric(b)) return hasMetric(a) ? -1 : 1;
    return sign * compare(a, b, key) || b.createdAt - a.createdAt;
  });
}
