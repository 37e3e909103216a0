/**
 * Page (main thread): takes the kernel's job deltas and fans each out to what shows or keeps a
 * job: the Spark workers panel's progress (the cluster store) and the job history in IndexedDB,
 * where the header is updated and the new points appended (never the whole record rewritten).
 * A job's writes are chained, so its chunks are stored in the order they came.
 */
import type { JobDelta } from '../../lib/jobs/jobDelta';
import type { JobProgress } from '../../lib/jobs/jobProgress';
import type { JobHeaderPatch, JobStore } from '../../lib/persistence/jobStore';
import type { ClusterStore } from '../../lib/state/clusterStore';
import { asCellId } from '../../lib/notebook/ids';

export interface JobFanOutTargets {
  cluster: ClusterStore;
  jobs: () => JobStore;
  /** The notebook the jobs ran in, recorded with each new job. */
  notebook: () => { id: string; title: string } | undefined;
  now?: () => number;
}

export function createJobFanOut({ cluster, jobs, notebook, now = Date.now }: JobFanOutTargets) {
  const progress = new Map<string, JobProgress>();
  const writes = new Map<string, Promise<void>>();

  const showProgress = (delta: JobDelta) => {
    let job = progress.get(delta.jobId);
    if (!job) {
      if (!delta.start) return;
      job = {
        jobId: delta.jobId,
        kind: delta.start.kind,
        cellId: asCellId(delta.start.cellId),
        status: 'running',
        step: 0,
        totalSteps: 0,
        epoch: 0,
        epochs: 0,
        startedAt: delta.start.startedAt,
      };
    }
    if (!delta.start && !delta.position && !delta.end) return;
    job = { ...job, ...delta.position };
    if (delta.end) job = { ...job, ...delta.end };
    // An ended job reports nothing more: the panel keeps showing it until the next one.
    if (delta.end) progress.delete(delta.jobId);
    else progress.set(delta.jobId, job);
    cluster.getState().setJob(job);
  };

  /**
   * A running job's whole header (small: no series), written with each of its reports, so that
   * one failed write (a full disk, say) is mended by the next instead of leaving a job without
   * its kind or configuration.
   */
  const headers = new Map<string, JobHeaderPatch>();
  const headerOf = (delta: JobDelta): JobHeaderPatch => {
    let header = headers.get(delta.jobId) ?? {};
    if (delta.start) {
      const nb = notebook();
      header = {
        ...delta.start,
        status: 'running',
        notebookId: nb?.id ?? '',
        notebookTitle: nb?.title ?? '',
        config: { executors: 0, backends: [] },
      };
    }
    header = { ...header, updatedAt: now() };
    if (delta.config) header.config = delta.config;
    if (delta.sweepJobId) header.sweepJobId = delta.sweepJobId;
    if (delta.sweep) header.sweep = delta.sweep;
    if (delta.evaluation) header.evaluation = delta.evaluation;
    if (delta.end) Object.assign(header, delta.end);
    if (delta.end) headers.delete(delta.jobId);
    else headers.set(delta.jobId, header);
    return header;
  };

  const keep = (delta: JobDelta) => {
    const update = { header: headerOf(delta), chunk: delta.added };
    const write = (writes.get(delta.jobId) ?? Promise.resolve())
      .then(() => jobs().append(delta.jobId, update))
      .catch((e) => console.error('Could not save the job history record', e));
    writes.set(delta.jobId, write);
    // Once a job's last write is done, nothing more will be chained on it.
    if (delta.end) void write.then(() => writes.get(delta.jobId) === write && writes.delete(delta.jobId));
  };

  return {
    /** One message's deltas, in the order the kernel sent them. */
    take(deltas: readonly JobDelta[]) {
      for (const delta of deltas) {
        showProgress(delta);
        keep(delta);
      }
    },
    /** Resolves when every write asked for so far is done. */
    settled(): Promise<void> {
      return Promise.all(writes.values()).then(() => undefined);
    },
  };
}

export type JobFanOut = ReturnType<typeof createJobFanOut>;
