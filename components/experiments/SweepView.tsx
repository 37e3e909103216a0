'use client';
/**
 * A sweep's results: what happened (counts, the best configuration), the table, a chart of a
 * chosen metric against a chosen parameter (mean and spread over seeds), and the seed table.
 * Rendered for SWEEP_MIME outputs in notebooks and on the Experiments page.
 */
import { useState } from 'react';
import { bestRow, SEED_PARAM, SWEEP_METRICS, sweepChart, type SweepMetric } from '@/lib/experiments/sweepAnalysis';
import { sweepCountsText, type SweepSummary } from '@/lib/experiments/sweepSummary';
import { ChartView } from '../outputs/ChartView';
import { SweepSeedTable } from './SweepSeedTable';
import { SweepTable } from './SweepTable';
import styles from './Experiments.module.css';

function bestText(summary: SweepSummary, metric: SweepMetric): string | null {
  const best = bestRow(summary, metric);
  if (!best) return null;
  const values = summary.params.map((p) => `${p} ${best.values[p]}`).join(', ');
  return `best ${metric}: ${best[metric]!.toFixed(4)} (${values})`;
}

export function SweepView({ summary }: { summary: SweepSummary }) {
  const hasAccuracy = summary.rows.some((r) => r.accuracy !== undefined);
  const [metric, setMetric] = useState<SweepMetric>(hasAccuracy ? 'accuracy' : 'loss');
  const [x, setX] = useState(summary.params.find((p) => p !== SEED_PARAM) ?? summary.params[0]);
  const best = bestText(summary, metric);
  return (
    <section className={styles.sweep} aria-label={`Sweep ${summary.name}`}>
      <p className={styles.headline}>
        <strong>{summary.name}</strong> · {sweepCountsText(summary)}
        {best ? ` · ${best}` : ''}
      </p>
      <SweepTable summary={summary} />
      <div className={styles.controls}>
        <label>
          Metric{' '}
          <select value={metric} onChange={(e) => setMetric(e.target.value as SweepMetric)}>
            {SWEEP_METRICS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Against{' '}
          <select value={x} onChange={(e) => setX(e.target.value)}>
            {summary.params.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={styles.chartRow}>
        <div className={styles.chart}>
          <ChartView chart={sweepChart(summary, metric, x)} ariaLabel={`${metric} by ${x} chart`} />
        </div>
        <SweepSeedTable summary={summary} metric={metric} />
      </div>
    </section>
  );
}
