'use client';
/**
 * The executor timeline of a job: one lane per executor ("Worker N"), one bar per task attempt
 * from its start to its end, coloured by outcome (succeeded blue, failed red, lost orange with a
 * hatch and ✕), retries outlined, and a red "lost at …" marker where an executor died. Hover a
 * bar for its task, attempt, samples and duration. Laid out by lib/jobs/timelineLayout.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatDuration } from '../../lib/jobs/formatJob';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { formatOffset, timelineLayout, type TimelineBar } from '../../lib/jobs/timelineLayout';
import styles from './ExecutorTimeline.module.css';

const LABEL_WIDTH = 96;
const RIGHT_PAD = 16;
const LANE_HEIGHT = 30;
const BAR_HEIGHT = 18;
const AXIS_HEIGHT = 24;
const TOP_PAD = 4;
/** Until the container is measured (and during server rendering). */
const DEFAULT_WIDTH = 960;

function barTitle(bar: TimelineBar): string {
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

/** A shared-memory step's bar, split into its compute, exchange and wait parts (in that order). */
function PhaseSegments({ bar, y }: { bar: TimelineBar; y: number }) {
  const phases = bar.phases!;
  const total = phases.computeMs + phases.exchangeMs + phases.waitMs;
  if (total <= 0 || bar.width < 6) return null;
  let x = bar.x;
  return (
    <>
      {(['compute', 'exchange', 'wait'] as const).map((phase) => {
        const width = (bar.width * phases[`${phase}Ms`]) / total;
        const segment = <rect key={phase} className={styles.phase} data-phase={phase} x={x} y={y} width={width} height={BAR_HEIGHT} />;
        x += width;
        return segment;
      })}
    </>
  );
}

/** Mean compute, exchange and wait per step over the job's shared-memory tasks, in words. */
function phaseSummary(bars: TimelineBar[]): string | null {
  const timed = bars.filter((b) => b.phases && b.outcome === 'succeeded');
  if (!timed.length) return null;
  const mean = (key: 'computeMs' | 'exchangeMs' | 'waitMs') => timed.reduce((a, b) => a + b.phases![key], 0) / timed.length;
  return `Per step and worker on average: compute ${mean('computeMs').toFixed(1)} ms, exchange (all-reduce and update) ${mean('exchangeMs').toFixed(1)} ms, waiting for the other workers ${mean('waitMs').toFixed(1)} ms.`;
}

/** Tracks an element's width, so the SVG is drawn at 1:1 scale and its text stays readable. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function ExecutorTimeline({ job }: { job: Pick<JobRecord, 'tasks' | 'lostExecutors' | 'endedAt' | 'updatedAt'> }) {
  const [container, width] = useWidth<HTMLDivElement>();
  // SVG ids must be unique in the page and plain enough for url(#…).
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const plotWidth = width - LABEL_WIDTH - RIGHT_PAD;
  const layout = timelineLayout(job.tasks, plotWidth, { lostExecutors: job.lostExecutors, end: job.endedAt ?? job.updatedAt, minBarWidth: 2 });
  const height = TOP_PAD + layout.lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const attempts = layout.lanes.reduce((n, lane) => n + lane.bars.length, 0);
  const bars = layout.lanes.flatMap((l) => l.bars);
  const lost = bars.filter((b) => b.outcome === 'lost').length;
  const failed = bars.filter((b) => b.outcome === 'failed').length;
  const retries = bars.filter((b) => b.retry).length;
  const summary =
    `${layout.lanes.length} worker${layout.lanes.length === 1 ? '' : 's'}, ${attempts} task attempt${attempts === 1 ? '' : 's'}` +
    (failed ? `, ${failed} failed` : '') +
    (lost ? `, ${lost} lost` : '') +
    (retries ? `, ${retries} retr${retries === 1 ? 'y' : 'ies'}` : '') +
    (job.lostExecutors.length ? `; ${job.lostExecutors.map((l) => `Worker ${l.executor} lost (${l.reason})`).join(', ')}` : '');

  if (layout.lanes.length === 0) return <p className={styles.summary}>This job ran no tasks on the cluster.</p>;
  const phases = phaseSummary(bars);

  return (
    <figure className={styles.figure} ref={container}>
      <p className={styles.summary}>{summary}.</p>
      {phases && <p className={styles.summary}>{phases}</p>}
      <svg className={styles.svg} role="img" aria-label="Executor timeline" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <desc>{summary}</desc>
        <defs>
          <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="5" fill="rgba(255,255,255,0.6)" />
          </pattern>
        </defs>
        <g transform={`translate(${LABEL_WIDTH},${TOP_PAD})`}>
          {layout.lanes.map((lane, i) => (
            <rect key={lane.executor} className={styles.laneBg} x={0} y={i * LANE_HEIGHT + 2} width={plotWidth} height={LANE_HEIGHT - 4} />
          ))}
          {layout.ticks.map((tick) => (
            <g key={tick.offsetMs}>
              <line className={styles.grid} x1={tick.x} x2={tick.x} y1={0} y2={layout.lanes.length * LANE_HEIGHT} />
              <text className={styles.tick} x={tick.x} y={layout.lanes.length * LANE_HEIGHT + 16} textAnchor={tick.x === 0 ? 'start' : 'middle'}>
                {tick.label}
              </text>
            </g>
          ))}
          {layout.lanes.map((lane, i) => {
            const y = i * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2;
            return (
              <g key={lane.executor} data-executor={lane.executor}>
                <text
                  className={`${styles.laneLabel} ${lane.lost ? styles.laneLabelLost : ''}`}
                  x={-10}
                  y={i * LANE_HEIGHT + LANE_HEIGHT / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                >
                  {lane.label}
                </text>
                {lane.bars.map((bar) => (
                  <g key={bar.key} className={styles.attempt} data-outcome={bar.outcome} data-retry={bar.retry || undefined}>
                    <title>{barTitle(bar)}</title>
                    <rect className={styles.bar} data-outcome={bar.outcome} x={bar.x} y={y} width={bar.width} height={BAR_HEIGHT} />
                    {bar.phases && bar.outcome === 'succeeded' && <PhaseSegments bar={bar} y={y} />}
                    {bar.outcome === 'lost' && <rect x={bar.x} y={y} width={bar.width} height={BAR_HEIGHT} fill={`url(#${hatchId})`} />}
                    {bar.retry && <rect className={styles.retryOutline} x={bar.x + 0.75} y={y + 0.75} width={Math.max(0, bar.width - 1.5)} height={BAR_HEIGHT - 1.5} />}
                    {(bar.outcome === 'lost' || bar.outcome === 'failed') && (
                      <text className={styles.cross} x={bar.x + bar.width / 2} y={y - 3} textAnchor="middle">
                        ✕
                      </text>
                    )}
                  </g>
                ))}
                {lane.lost && (
                  <g data-lost-at={lane.lost.at}>
                    <title>{`Worker ${lane.executor} lost at ${new Date(lane.lost.at).toLocaleTimeString()} (${lane.lost.reason})`}</title>
                    <line className={styles.lostLine} x1={lane.lost.x} x2={lane.lost.x} y1={i * LANE_HEIGHT} y2={(i + 1) * LANE_HEIGHT} />
                    <text
                      className={styles.lostLabel}
                      x={lane.lost.x > plotWidth - 140 ? lane.lost.x - 6 : lane.lost.x + 6}
                      y={i * LANE_HEIGHT + LANE_HEIGHT / 2}
                      dominantBaseline="middle"
                      textAnchor={lane.lost.x > plotWidth - 140 ? 'end' : 'start'}
                    >
                      lost at {formatOffset(lane.lost.at - layout.start, 1)} ({lane.lost.reason})
                    </text>
                  </g>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <Legend
        hatchId={`${hatchId}-legend`}
        running={bars.some((b) => b.outcome === 'running')}
        executorLost={job.lostExecutors.length > 0}
        phases={phases !== null}
      />
    </figure>
  );
}

function Swatch({ fill, children }: { fill: string; children?: React.ReactNode }) {
  return (
    <svg width="22" height="12" aria-hidden="true">
      <rect width="22" height="12" fill={fill} />
      {children}
    </svg>
  );
}

/** The bar kinds; Running and Executor lost only when the timeline has them. */
function Legend({ hatchId, running, executorLost, phases }: { hatchId: string; running: boolean; executorLost: boolean; phases: boolean }) {
  return (
    <ul className={styles.legend} aria-label="Timeline legend">
      {phases ? (
        <>
          <li>
            <Swatch fill="var(--sb-accent)" /> Compute
          </li>
          <li>
            <Swatch fill="var(--sb-timeline-exchange)" /> Exchange
          </li>
          <li>
            <Swatch fill="var(--sb-timeline-wait)" /> Wait
          </li>
        </>
      ) : (
        <li>
          <Swatch fill="var(--sb-accent)" /> Succeeded
        </li>
      )}
      <li>
        <Swatch fill="var(--sb-danger)" /> Failed ✕
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="2" height="5" fill="rgba(255,255,255,0.6)" />
            </pattern>
          </defs>
          <rect width="22" height="12" fill="var(--sb-timeline-lost)" />
          <rect width="22" height="12" fill={`url(#${hatchId})`} />
        </svg>
        Lost with its executor ✕
      </li>
      <li>
        <Swatch fill="var(--sb-accent)">
          <rect x="0.75" y="0.75" width="20.5" height="10.5" fill="none" stroke="var(--sb-timeline-retry)" strokeWidth="1.5" />
        </Swatch>
        Retry (attempt 2+)
      </li>
      {running && (
        <li>
          <Swatch fill="var(--sb-timeline-running)" /> Running
        </li>
      )}
      {executorLost && (
        <li>
          <svg width="10" height="12" aria-hidden="true">
            <line x1="5" x2="5" y1="0" y2="12" stroke="var(--sb-danger)" strokeWidth="2" />
          </svg>
          Executor lost
        </li>
      )}
    </ul>
  );
}
