/** The executor timeline in words: each bar's tooltip, and summaries for the reader and screen readers. */
import { formatDuration } from '../../../lib/jobs/formatJob';
import type { JobRecord } from '../../../lib/jobs/jobRecord';
import type { TimelineBar, TimelineLane } from '../../../lib/jobs/timelineLayout';

/** A bar's tooltip: task, attempt, samples, duration, outcome, and a shared-memory step's parts. */
export function barTitle(bar: TimelineBar): string {
  const parts = [
    `Task ${bar.taskId} (stage ${bar.stage})`,
    `attempt ${bar.attempt}${bar.retry ? ' (retry)' : ''}`,
    `${bar.samples} samples`,
    bar.outcome === 'running' ? `running for ${formatDuration(bar.durationMs)}` : formatDuration(bar.durationMs),
    bar.outcome,
  ];
  if (bar.phases) {
    const { computeMs, exchangeMs, waitMs } = bar.phases;
    parts.push(`compute ${computeMs.toFixed(1)} ms, exchange ${exchangeMs.toFixed(1)} ms, wait ${waitMs.toFixed(1)} ms`);
  }
  return `${parts.join(' · ')}${bar.error ? `: ${bar.error}` : ''}`;
}

/** Mean compute, exchange and wait per step over the job's shared-memory tasks, in words. */
export function phaseSummary(bars: TimelineBar[]): string | null {
  const timed = bars.filter((b) => b.phases && b.outcome === 'succeeded');
  if (!timed.length) return null;
  const mean = (key: 'computeMs' | 'exchangeMs' | 'waitMs') => timed.reduce((a, b) => a + b.phases![key], 0) / timed.length;
  return `Per step and worker on average: compute ${mean('computeMs').toFixed(1)} ms, exchange (all-reduce and update) ${mean('exchangeMs').toFixed(1)} ms, waiting for the other workers ${mean('waitMs').toFixed(1)} ms.`;
}

/** "3 workers, 5 task attempts, 1 lost, 1 retry; Worker 3 lost (killed)". */
export function timelineSummary(lanes: TimelineLane[], lostExecutors: JobRecord['lostExecutors']): string {
  const bars = lanes.flatMap((l) => l.bars);
  const lost = bars.filter((b) => b.outcome === 'lost').length;
  const failed = bars.filter((b) => b.outcome === 'failed').length;
  const retries = bars.filter((b) => b.retry).length;
  return (
    `${lanes.length} worker${lanes.length === 1 ? '' : 's'}, ${bars.length} task attempt${bars.length === 1 ? '' : 's'}` +
    (failed ? `, ${failed} failed` : '') +
    (lost ? `, ${lost} lost` : '') +
    (retries ? `, ${retries} retr${retries === 1 ? 'y' : 'ies'}` : '') +
    (lostExecutors.length ? `; ${lostExecutors.map((l) => `Worker ${l.executor} lost (${l.reason})`).join(', ')}` : '')
  );
}
