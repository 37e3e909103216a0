'use client';
/**
 * The executor timeline of a job: one lane per executor ("Worker N", timeline/TimelineLane), one
 * bar per task attempt from its start to its end, coloured by outcome (succeeded blue, failed
 * red, lost orange with a hatch and ✕), retries outlined, and a red "lost at …" marker where an
 * executor died. Hover a bar for its task, attempt, samples and duration. Laid out by
 * lib/jobs/timelineLayout.
 */
import { useId } from 'react';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { timelineLayout, type TimelineLayout } from '../../lib/jobs/timelineLayout';
import { HatchPattern } from './timeline/HatchPattern';
import { AXIS_HEIGHT, DEFAULT_WIDTH, LABEL_WIDTH, LANE_HEIGHT, MIN_WIDTH, RIGHT_PAD, TOP_PAD } from './timeline/timelineGeometry';
import { TimelineLane } from './timeline/TimelineLane';
import { TimelineLegend } from './timeline/TimelineLegend';
import { phaseSummary, timelineSummary } from './timeline/timelineText';
import { useElementWidth } from './timeline/useElementWidth';
import styles from './ExecutorTimeline.module.css';

/** The lanes' shaded backgrounds, and the time axis: a grid line and label per tick. */
function TimelineGrid({ layout, plotWidth }: { layout: TimelineLayout; plotWidth: number }) {
  const lanesHeight = layout.lanes.length * LANE_HEIGHT;
  return (
    <>
      {layout.lanes.map((lane, i) => (
        <rect key={lane.executor} className={styles.laneBg} x={0} y={i * LANE_HEIGHT + 2} width={plotWidth} height={LANE_HEIGHT - 4} />
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.offsetMs}>
          <line className={styles.grid} x1={tick.x} x2={tick.x} y1={0} y2={lanesHeight} />
          <text className={styles.tick} x={tick.x} y={lanesHeight + 16} textAnchor={tick.x === 0 ? 'start' : 'middle'}>
            {tick.label}
          </text>
        </g>
      ))}
    </>
  );
}

export function ExecutorTimeline({ job }: { job: Pick<JobRecord, 'tasks' | 'lostExecutors' | 'endedAt' | 'updatedAt'> }) {
  const [container, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH, MIN_WIDTH);
  // SVG ids must be unique in the page and plain enough for url(#…).
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const plotWidth = width - LABEL_WIDTH - RIGHT_PAD;
  const layout = timelineLayout(job.tasks, plotWidth, {
    lostExecutors: job.lostExecutors,
    end: job.endedAt ?? job.updatedAt,
    minBarWidth: 2,
  });
  const height = TOP_PAD + layout.lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const summary = timelineSummary(layout.lanes, job.lostExecutors);

  if (layout.lanes.length === 0) return <p className={styles.summary}>This job ran no tasks on the cluster.</p>;
  const bars = layout.lanes.flatMap((l) => l.bars);
  const phases = phaseSummary(bars);

  return (
    <figure className={styles.figure} ref={container}>
      <p className={styles.summary}>{summary}.</p>
      {phases && <p className={styles.summary}>{phases}</p>}
      <svg
        className={styles.svg}
        role="img"
        aria-label="Executor timeline"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <desc>{summary}</desc>
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        <g transform={`translate(${LABEL_WIDTH},${TOP_PAD})`}>
          <TimelineGrid layout={layout} plotWidth={plotWidth} />
          {layout.lanes.map((lane, i) => (
            <TimelineLane key={lane.executor} lane={lane} index={i} plotWidth={plotWidth} start={layout.start} hatchId={hatchId} />
          ))}
        </g>
      </svg>
      <TimelineLegend
        hatchId={`${hatchId}-legend`}
        running={bars.some((b) => b.outcome === 'running')}
        executorLost={job.lostExecutors.length > 0}
        phases={phases !== null}
      />
    </figure>
  );
}
