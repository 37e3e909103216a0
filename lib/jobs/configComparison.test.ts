import { describe, expect, it } from 'vitest';
import { configComparison, configEntries } from './configComparison';
import { sampleJobs } from '../../testing/sampleJobs';

const [evaluate, cancelled, fit] = sampleJobs(Date.UTC(2026, 0, 15, 12));

describe('configComparison', () => {
  it('has a column per job and flags the keys that differ', () => {
    const rows = configComparison([fit, cancelled]);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.learningRate).toMatchObject({ values: ['0.01', '0.05'], differs: true });
    expect(byKey.executors).toMatchObject({ values: ['3', '2'], differs: true });
    expect(byKey.backends).toMatchObject({ values: ['wasm', 'webgpu'], differs: true });
    expect(byKey.batchSize).toMatchObject({ values: ['24', '24'], differs: false });
  });

  it('lists configuration in reading order, then final metrics', () => {
    const rows = configComparison([fit, cancelled]);
    expect(
      rows
        .filter((r) => r.group === 'config')
        .map((r) => r.key)
        .slice(0, 4),
    ).toEqual(['mode', 'executors', 'backends', 'optimizer']);
    expect(rows.filter((r) => r.group === 'metric').map((r) => r.key)).toEqual(['loss', 'acc', 'val_loss', 'val_acc']);
  });

  it('shows a dash where a job lacks a key', () => {
    const rows = configComparison([fit, evaluate]);
    expect(rows.find((r) => r.key === 'epochs')).toMatchObject({ values: ['10', '—'], differs: true });
    expect(rows.find((r) => r.key === 'accuracy')).toMatchObject({ values: ['—', '0.9333'] });
  });
});

describe('configEntries', () => {
  it('lists a job’s set configuration in reading order, formatted', () => {
    expect(
      configEntries({ executors: 3, backends: ['wasm', 'webgpu'], learningRate: 0.001, mode: 'sync', samples: 60000, seed: undefined }),
    ).toEqual([
      ['mode', 'sync'],
      ['executors', '3'],
      ['backends', 'wasm, webgpu'],
      ['learningRate', '0.001'],
      ['samples', '60,000'],
    ]);
  });
});
