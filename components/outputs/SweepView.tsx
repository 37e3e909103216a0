'use client';
/**
 * A sweep's results, for SWEEP_MIME outputs in notebooks, a sweep job's page and the
 * Experiments page: a heading line (name, counts, the best configuration by the chosen
 * metric), the table of configurations, and the chart with its mean-and-spread table.
 */
import { useState } from 'react';
import { bestRow, defaultOver, SEED_PARAM, type SweepMetric } from '@/lib/experiments/sweepChart';
import { sweepCountsText, type SweepRow, type SweepSummary } from '@/lib/experiments/sweepSummary';
import { SweepChartPanel, type SweepChartChoice } from '../experiments/SweepChartPanel';
import { SweepTable } from '../experiments/SweepTable';
import styles from '../experiments/Experiments.module.css';

/** "learningRate 0.01, seed 200 — accuracy 0.981". */
export function bestText(summary: Pick<SweepSummary, 'params'>, best: SweepRow, metric: SweepMetric): string {
  const values = summary.params.map((p) => `${p} ${best.values[p]}`).join(', ');
  return `${values} — ${metric} ${best[metric]!.toFixed(3)}`;
}

function initialChoice(summary: SweepSummary): SweepChartChoice {
  const metric: SweepMetric = summary.rows.some((r) => r.accuracy !== undefined) || summary.rows.length === 0 ? 'accuracy' : 'loss';
  const x = summary.params.find((p) => p !== SEED_PARAM) ?? summary.params[0];
  return { metric, x, over: defaultOver(summary.params, x) };
}

/** `named`: false where a heading above already names the sweep (the Experiments page). */
export function SweepView({ summary, named = true }: { summary: SweepSummary; named?: boolean }) {
  const [choice, setChoice] = useState(() => initialChoice(summary));
  const best = bestRow(summary, choice.metric);
  return (
    <section className={styles.sweep} aria-label={`Sweep ${summary.name}`}>
      <p className={styles.headline}>
        {named ? <strong>{summary.name}</strong> : null}
        <span className={styles.counts}>{sweepCountsText(summary)}</span>
        {best ? (
          <span className={styles.best}>
            best: <strong>{bestText(summary, best, choice.metric)}</strong>
          </span>
        ) : null}
      </p>
      <SweepTable summary={summary} bestKey={best?.key} />
      <SweepChartPanel summary={summary} choice={choice} onChange={setChoice} />
    </section>
  );
}
