'use client';
import { useId, useMemo } from 'react';
import { SWEEP_METRICS, sweepChart, type SweepMetric } from '@/lib/experiments/sweepChart';
import type { SweepSummary } from '@/lib/experiments/sweepSummary';
import { rowStatus } from '@/lib/experiments/sweepText';
import { SweepChart } from './SweepChart';
import { SweepSeedTable } from './SweepSeedTable';
import styles from './Experiments.module.css';

/** What the reader picked: the metric, the parameter on the x axis, and one to average over. */
export interface SweepChartChoice {
  metric: SweepMetric;
  x: string;
  /** undefined: a line per value of the other parameters. */
  over?: string;
}

const METRIC_LABELS: Record<SweepMetric, string> = {
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  loss: 'Loss',
};

/**
 * The chart with its pickers, the configurations it could not draw (diverged, failed) and the
 * mean-and-spread table. Pickers are plain <select>s: keyboard and screen-reader friendly.
 */
export function SweepChartPanel({
  summary,
  choice,
  onChange,
}: {
  summary: SweepSummary;
  choice: SweepChartChoice;
  onChange: (next: SweepChartChoice) => void;
}) {
  const id = useId();
  const chart = useMemo(() => sweepChart(summary, choice), [summary, choice]);
  const overOptions = summary.params.filter((p) => p !== choice.x);
  const setX = (x: string) => onChange({ ...choice, x, over: choice.over === x ? undefined : choice.over });
  return (
    <div className={styles.chartPanel}>
      <div className={styles.controls}>
        <label htmlFor={`${id}-metric`}>Metric</label>
        <select id={`${id}-metric`} value={choice.metric} onChange={(e) => onChange({ ...choice, metric: e.target.value as SweepMetric })}>
          {SWEEP_METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-x`}>Against</label>
        <select id={`${id}-x`} value={choice.x} onChange={(e) => setX(e.target.value)}>
          {summary.params.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        {overOptions.length > 0 ? (
          <>
            <label htmlFor={`${id}-over`}>Lines</label>
            <select id={`${id}-over`} value={chart.over ?? ''} onChange={(e) => onChange({ ...choice, over: e.target.value || undefined })}>
              <option value="">one per {overOptions.join(', ')}</option>
              {overOptions.map((p) => (
                <option key={p} value={p}>
                  mean over {p}s
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
      <div className={styles.chartRow}>
        <div className={styles.chart}>
          <SweepChart chart={chart} />
          {chart.leftOut.length > 0 ? (
            <p className={styles.leftOut}>
              Not drawn:{' '}
              {chart.leftOut.map((r, i) => (
                <span key={r.key} title={r.error}>
                  {i > 0 ? '; ' : ''}
                  {summary.params.map((p) => `${p} ${r.values[p]}`).join(', ')} ({rowStatus(r)})
                </span>
              ))}
            </p>
          ) : null}
        </div>
        {chart.over ? <SweepSeedTable summary={summary} metric={choice.metric} over={chart.over} /> : null}
      </div>
    </div>
  );
}
