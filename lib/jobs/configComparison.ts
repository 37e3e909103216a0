/**
 * The side-by-side configuration table of the jobs comparison: one row per configuration key
 * and final metric, one column per job, rows whose values differ flagged.
 */
import type { JobConfig, JobRecord } from './jobRecord';
import { formatMetric } from './formatJob';
import { finalMetrics } from './jobMetrics';

export interface ComparisonRow {
  /** Configuration key or metric name, e.g. "learningRate", "val_loss". */
  key: string;
  group: 'config' | 'metric';
  /** One display value per job, '—' where the job has none. */
  values: string[];
  /** True when the jobs don't all have the same value. */
  differs: boolean;
}

/** Configuration keys in reading order; keys not listed (from newer versions) follow. */
const CONFIG_ORDER: (keyof JobConfig)[] = [
  'mode',
  'averagingFrequency',
  'executors',
  'backends',
  'optimizer',
  'learningRate',
  'loss',
  'batchSize',
  'batchSizePerWorker',
  'epochs',
  'samples',
  'validation',
  'seed',
  'params',
];

/** A configuration value as the job pages show it: lists joined, whole numbers grouped, '—' for none. */
export function formatConfigValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : formatMetric(value);
  return String(value);
}

function keysInOrder(objects: readonly object[], order: readonly string[]): string[] {
  const present = new Set(objects.flatMap((o) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined)));
  return [...order.filter((k) => present.has(k)), ...[...present].filter((k) => !order.includes(k)).sort()];
}

function row(key: string, group: ComparisonRow['group'], values: string[]): ComparisonRow {
  return { key, group, values, differs: new Set(values).size > 1 };
}

export function configComparison(jobs: readonly JobRecord[]): ComparisonRow[] {
  const configs = jobs.map((j) => j.config as Record<string, unknown>);
  const metrics = jobs.map((j) => finalMetrics(j));
  return [
    ...keysInOrder(configs, CONFIG_ORDER).map((key) =>
      row(
        key,
        'config',
        configs.map((c) => formatConfigValue(c[key])),
      ),
    ),
    ...keysInOrder(metrics, ['loss', 'acc', 'accuracy', 'val_loss', 'val_acc', 'mse']).map((key) =>
      row(
        key,
        'metric',
        metrics.map((m) => (m[key] === undefined ? '—' : formatMetric(m[key]))),
      ),
    ),
  ];
}

/** The job's configuration as [key, shown value] pairs in reading order, for the detail page. */
export function configEntries(config: JobConfig): [string, string][] {
  const record = config as Record<string, unknown>;
  return keysInOrder([record], CONFIG_ORDER).map((key) => [key, formatConfigValue(record[key])]);
}
