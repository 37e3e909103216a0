/**
 * Kernel worker: collects what every running job reports and posts it to the page as one
 * message of deltas (one per job that changed) a few times a second, so a model that trains
 * thousands of steps a second costs the page a handful of messages, each carrying only the new
 * points. The first change after a quiet spell goes at once (a job's start shows without delay)
 * and a job's end flushes everything before it, so the page has the whole record when the cell's
 * run ends.
 */
import type { JobDelta } from '../../../lib/jobs/jobDelta';

/** Deltas are posted at most this often while jobs run. */
export const JOB_EVENT_INTERVAL_MS = 250;

export class JobEventBatcher {
  private pending = new Map<string, JobDelta>();
  private lastPost = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly post: (deltas: JobDelta[]) => void,
    private readonly intervalMs = JOB_EVENT_INTERVAL_MS,
  ) {}

  /** Adds to the job's pending delta; `now` posts it (and every other pending one) at once. */
  edit(jobId: string, change: (delta: JobDelta) => void, now = false) {
    let delta = this.pending.get(jobId);
    if (!delta) {
      delta = { jobId };
      this.pending.set(jobId, delta);
    }
    change(delta);
    if (now) return this.flush();
    const wait = this.intervalMs - (Date.now() - this.lastPost);
    if (wait <= 0) return this.flush();
    this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Posts every pending delta now. */
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const deltas = [...this.pending.values()];
    this.pending = new Map();
    this.lastPost = Date.now();
    this.post(deltas);
  }
}
