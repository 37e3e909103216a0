/**
 * Lays out a job's task attempts for the executor timeline (Spark UI's event timeline): one lane
 * per executor, one bar per attempt placed by time. Pure arithmetic in SVG user units, so the
 * drawing component only draws.
 */
import type { JobRecord, TaskEvent } from './jobRecord';

/** How an attempt ended; 'running' when it has not (a live job, or one cut off). */
export type BarOutcome = 'succeeded' | 'failed' | 'lost' | 'running';

/** One task attempt as drawn. */
export interface TimelineBar {
  /** Unique within the layout: stage/task/attempt. */
  key: string;
  taskId: string;
  stage: number;
  executor: string;
  attempt: number;
  samples: number;
  startedAt: number;
  endedAt: number | undefined;
  durationMs: number;
  outcome: BarOutcome;
  /** A second or later attempt at its task: a retry after a failure or a lost executor. */
  retry: boolean;
  error: string | undefined;
  /** Where a shared-memory step's time went (compute, exchange, wait), when the task recorded it. */
  phases: { computeMs: number; exchangeMs: number; waitMs: number } | undefined;
  x: number;
  width: number;
}

/** An executor's row. */
export interface TimelineLane {
  executor: string;
  /** "Worker 2", as the Spark workers panel names executors. */
  label: string;
  bars: TimelineBar[];
  /** Set when the executor died or was removed during the job. */
  lost?: { at: number; x: number; reason: string };
}

export interface TimeTick {
  x: number;
  /** Milliseconds since the first attempt started. */
  offsetMs: number;
  label: string;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  /** Time at x = 0 and at x = width. */
  start: number;
  end: number;
  width: number;
  ticks: TimeTick[];
}

export interface TimelineOptions {
  /** Executors lost during the job: their lanes get a marker (and exist even without tasks). */
  lostExecutors?: JobRecord['lostExecutors'];
  /** Where unfinished attempts end: the job's end, or the last time it was heard from. */
  end?: number;
  /** Bars are at least this wide, so a 2 ms task is still visible. */
  minBarWidth?: number;
}

/** "Worker 2" for executor "2". */
export function executorLabel(executor: string): string {
  return `Worker ${executor}`;
}

const byExecutorId = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

export function timelineLayout(tasks: readonly TaskEvent[], width: number, options: TimelineOptions = {}): TimelineLayout {
  const lostExecutors = options.lostExecutors ?? [];
  const minBarWidth = options.minBarWidth ?? 1;
  const starts = tasks.map((t) => t.startedAt);
  const ends = [...tasks.map((t) => t.endedAt ?? t.startedAt), ...lostExecutors.map((l) => l.at)];
  if (options.end !== undefined) ends.push(options.end);
  const start = starts.length ? Math.min(...starts) : Math.min(...ends, options.end ?? 0);
  const end = Math.max(start, ...ends);
  // A timeline of one instant still needs a scale; 1 ms keeps the arithmetic finite.
  const span = Math.max(end - start, 1);
  const xOf = (t: number) => Math.min(width, Math.max(0, ((t - start) / span) * width));

  const lanes = new Map<string, TimelineLane>();
  const laneOf = (executor: string) => {
    let lane = lanes.get(executor);
    if (!lane) lanes.set(executor, (lane = { executor, label: executorLabel(executor), bars: [] }));
    return lane;
  };

  for (const task of tasks) {
    const barEnd = task.endedAt ?? options.end ?? end;
    const x = xOf(task.startedAt);
    const width_ = Math.max(minBarWidth, xOf(barEnd) - x);
    laneOf(task.executor).bars.push({
      key: `${task.stage}/${task.taskId}/${task.attempt}`,
      taskId: task.taskId,
      stage: task.stage,
      executor: task.executor,
      attempt: task.attempt,
      samples: task.samples,
      startedAt: task.startedAt,
      endedAt: task.endedAt,
      durationMs: Math.max(0, barEnd - task.startedAt),
      outcome: task.outcome ?? 'running',
      retry: task.attempt > 1,
      error: task.error,
      phases: task.phases,
      // Keep a minimum-width bar inside the plot at the right edge.
      x: Math.min(x, Math.max(0, width - width_)),
      width: width_,
    });
  }
  for (const lost of lostExecutors) {
    const lane = laneOf(lost.executor);
    // An executor lost twice (re-added under the same id) keeps its first loss marked.
    lane.lost ??= { at: lost.at, x: xOf(lost.at), reason: lost.reason };
  }
  for (const lane of lanes.values()) lane.bars.sort((a, b) => a.startedAt - b.startedAt || a.key.localeCompare(b.key));

  return {
    lanes: [...lanes.values()].sort((a, b) => byExecutorId(a.executor, b.executor)),
    start,
    end,
    width,
    ticks: timeTicks(span, width),
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Tick spacings a reader counts in: 1-2-5 milliseconds, then seconds, minutes and hours on their own round steps. */
const TICK_STEPS = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

function niceStep(roughMs: number): number {
  return TICK_STEPS.find((step) => step >= roughMs) ?? Math.ceil(roughMs / (24 * HOUR)) * 24 * HOUR;
}

/** An offset in the unit of the tick spacing: "0 s", "250 ms", "1.5 s", "2 min", "3 h". */
export function formatOffset(ms: number, stepMs: number): string {
  if (ms === 0) return '0 s';
  const trim = (x: number) => String(Number(x.toFixed(2)));
  if (stepMs < SECOND && ms < SECOND) return `${trim(ms)} ms`;
  if (stepMs < MINUTE) return `${trim(ms / SECOND)} s`;
  if (stepMs < HOUR) return `${trim(ms / MINUTE)} min`;
  return `${trim(ms / HOUR)} h`;
}

/** Ticks at round offsets from the start, about one per `spacing` units. */
export function timeTicks(spanMs: number, width: number, spacing = 120): TimeTick[] {
  const count = Math.max(1, Math.floor(width / spacing));
  const step = niceStep(spanMs / count);
  const ticks: TimeTick[] = [];
  for (let offset = 0; offset <= spanMs + 1e-9; offset += step) {
    ticks.push({ x: (offset / Math.max(spanMs, 1)) * width, offsetMs: offset, label: formatOffset(offset, step) });
  }
  return ticks;
}
