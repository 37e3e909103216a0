/**
 * A JobEventBatcher for tests of the kernel's jobs: every delta posted is kept, and folded into
 * the job's record as the page's history would assemble it (applyJobDelta).
 */
import { JobEventBatcher } from '../kernels/kernelWorker/cluster/jobEventBatcher';
import { applyJobDelta, type JobDelta } from '../lib/jobs/jobDelta';
import type { KernelJobRecord } from '../lib/jobs/jobRecord';

export function recordingJobEvents(intervalMs?: number) {
  const posts: JobDelta[][] = [];
  const records = new Map<string, KernelJobRecord>();
  const events = new JobEventBatcher((deltas) => {
    posts.push(structuredClone(deltas));
    for (const delta of deltas) {
      const next = applyJobDelta(records.get(delta.jobId), delta);
      if (next) records.set(delta.jobId, next);
    }
  }, intervalMs);
  return { events, posts, records };
}
