import { describe, expect, it } from 'vitest';
import { sampleModel } from '../persistence/modelStore.contract';
import type { ModelRecord } from './modelRecord';
import { formatMetrics, formatShapes, headlineMetric, sortModels } from './modelList';

const record = (name: string, version: number, createdAt: number, params: number, metrics?: Record<string, number>): ModelRecord => ({
  ...sampleModel(name, { params, training: metrics ? { by: 'spark.fit', jobId: 'job-1', metrics } : undefined }),
  id: `${name}-${version}`,
  version,
  createdAt,
});

describe('the Models table', () => {
  const models = [
    record('iris', 1, 10, 67, { loss: 0.3, acc: 0.9 }),
    record('mnist', 2, 30, 443_610, { val_acc: 0.97, acc: 0.99 }),
    record('lstm', 1, 20, 5000),
  ];

  it('sorts by each column, models without a metric last', () => {
    expect(sortModels(models, 'name', 'ascending').map((m) => m.name)).toEqual(['iris', 'lstm', 'mnist']);
    expect(sortModels(models, 'createdAt', 'descending').map((m) => m.name)).toEqual(['mnist', 'lstm', 'iris']);
    expect(sortModels(models, 'params', 'ascending').map((m) => m.name)).toEqual(['iris', 'lstm', 'mnist']);
    expect(sortModels(models, 'metric', 'descending').map((m) => m.name)).toEqual(['mnist', 'iris', 'lstm']);
    expect(sortModels(models, 'metric', 'ascending').map((m) => m.name)).toEqual(['iris', 'mnist', 'lstm']);
  });

  it('judges a model by validation accuracy first, then accuracy, then loss', () => {
    expect(headlineMetric(models[1])).toEqual({ name: 'val_acc', value: 0.97 });
    expect(headlineMetric(models[0])).toEqual({ name: 'acc', value: 0.9 });
    expect(headlineMetric(models[2])).toBeUndefined();
  });

  it('prints shapes and metrics briefly', () => {
    expect(
      formatShapes([
        [null, 28, 28, 1],
        [null, 4],
      ]),
    ).toBe('[null,28,28,1] [null,4]');
    expect(formatMetrics(models[0])).toBe('loss 0.300 · acc 0.900');
  });
});
