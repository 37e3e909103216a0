import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SweepRow, SweepSummary } from '@/lib/experiments/sweepSummary';
import { SweepView } from './SweepView';

const row = (learningRate: number, seed: number, accuracy: number | undefined, extra: Partial<SweepRow> = {}): SweepRow => ({
  key: `k-${learningRate}-${seed}`,
  values: { learningRate, seed },
  accuracy,
  precision: accuracy,
  recall: accuracy,
  f1: accuracy,
  loss: accuracy === undefined ? undefined : 1 - accuracy,
  seconds: 12.5,
  status: 'trained',
  reused: false,
  jobId: `job-${learningRate}-${seed}`,
  modelId: `lr/k-${learningRate}-${seed}`,
  ...extra,
});

const summary: SweepSummary = {
  name: 'mnist-lr',
  jobId: 'job-sweep',
  grid: { learningRate: [0.001, 0.01, 1], seed: [100, 200] },
  params: ['learningRate', 'seed'],
  rows: [
    row(0.001, 100, 0.9, { status: 'reused', reused: true }),
    row(0.001, 200, 0.91),
    row(0.01, 100, 0.975),
    row(0.01, 200, 0.981),
    row(1, 100, undefined, { status: 'diverged', error: 'loss became NaN at epoch 2', modelId: undefined }),
  ],
  trained: 4,
  reused: 1,
  diverged: 1,
  failed: 0,
  pending: 1,
  startedAt: 0,
};

const html = renderToStaticMarkup(<SweepView summary={summary} />);

describe('SweepView', () => {
  it('heads with the counts and the best configuration by accuracy', () => {
    expect(html).toContain('<strong>mnist-lr</strong>');
    expect(html).toContain('6 configurations: 1 reused, 4 trained, 1 diverged, 1 to go');
    expect(html).toContain('best: <strong>learningRate 0.01, seed 200 — accuracy 0.981</strong>');
  });

  it('shows a table captioned with the sweep, with sortable headers and the best row marked', () => {
    expect(html).toContain('<caption>Sweep mnist-lr</caption>');
    expect(html.match(/<th scope="col" class="[^"]*"><button type="button"/g)).toHaveLength(8);
    expect(html).toMatch(/<tr data-status="trained" data-best="true"><td[^>]*>0.01<\/td><td[^>]*>200<\/td><td[^>]*>0.9810<\/td>/);
  });

  it('badges each status, with a diverged row’s error in its title', () => {
    expect(html).toMatch(/data-status="reused" data-reused="true">reused</);
    expect(html).toMatch(/data-status="diverged" title="loss became NaN at epoch 2">diverged</);
  });

  it('links each configuration to its job and its model', () => {
    expect(html).toContain('<a aria-label="Job of learningRate 0.01, seed 200" title="job-0.01-200" href="/jobs/job-0.01-200">job</a>');
    expect(html).toContain('href="/models/lr%2Fk-0.01-200"');
  });

  it('lists the configuration still running as training…', () => {
    expect(html).toMatch(/<tr data-status="pending"><td[^>]*>1<\/td><td[^>]*>200<\/td>.*training…/);
  });

  it('charts accuracy by learning rate on a log axis, averaged over seeds, listing what it left out', () => {
    expect(html).toContain('aria-label="accuracy by learningRate, mean over seeds (log scale) chart"');
    expect(html).toMatch(/<select id="[^"]*-over"><option value="">one per seed<\/option><option value="seed" selected="">mean over seeds/);
    expect(html).toContain('Not drawn: <span title="loss became NaN at epoch 2">learningRate 1, seed 100 (diverged)</span>');
  });

  it('tabulates the mean ± std and range across seeds per learning rate', () => {
    expect(html).toContain('<caption>accuracy: mean and spread across seeds</caption>');
    expect(html).toContain('0.9780 ± 0.0030');
    expect(html).toContain('0.9750 – 0.9810');
  });

  it('charts a lone parameter without offering an average', () => {
    const single: SweepSummary = {
      ...summary,
      grid: { learningRate: [0.001, 0.01] },
      params: ['learningRate'],
      rows: [row(0.001, 0, 0.9), row(0.01, 0, 0.95)].map((r) => ({ ...r, values: { learningRate: r.values.learningRate } })),
      pending: 0,
      diverged: 0,
    };
    const out = renderToStaticMarkup(<SweepView summary={single} />);
    expect(out).not.toContain('mean over');
    expect(out).toContain('aria-label="accuracy by learningRate chart"');
  });
});
