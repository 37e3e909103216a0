/**
 * What the Spark workers panel shows: executors' lifecycle (from the page's cluster manager)
 * merged with their task statistics and the current job (both reported by the kernel).
 */
import type { JobProgress } from '../jobs/jobProgress';
import type { ExecutorInfo } from '../cluster/executorInfo';
import { createStore } from 'zustand/vanilla';

/** One row of the panel. */
export interface ExecutorRow {
  id: string;
  status: 'starting' | 'idle' | 'busy' | 'lost';
  backend: string;
  /** The WebGPU adapter when the backend is webgpu. */
  adapter?: string;
  note?: string;
  lostReason?: string;
  tasksDone: number;
  samplesPerSec: number;
  memoryBytes: number;
}

/** The lifecycle half, as ClusterManager reports it. */
export interface ExecutorLifecycle {
  id: string;
  status: 'starting' | 'ready' | 'lost';
  backend: string;
  adapter?: string;
  note?: string;
  lostReason?: string;
}

/** The statistics half, as the kernel's ExecutorPool reports it. */
export type ExecutorStats = ExecutorInfo;

/** The running (or last) job's progress, as much of it as the panel shows. */
export type JobView = Pick<JobProgress, 'jobId' | 'kind' | 'status' | 'step' | 'totalSteps' | 'epoch' | 'epochs' | 'error'>;

export interface ClusterState {
  lifecycle: ExecutorLifecycle[];
  stats: Record<string, ExecutorStats>;
  job: JobView | null;
  setLifecycle(list: ExecutorLifecycle[]): void;
  setStats(list: ExecutorStats[]): void;
  setJob(job: JobView): void;
}

/** Merges both halves into rows (pure, so it is unit-tested). */
export function executorRows(lifecycle: ExecutorLifecycle[], stats: Record<string, ExecutorStats>): ExecutorRow[] {
  return lifecycle.map((e) => {
    const s = stats[e.id];
    const status: ExecutorRow['status'] =
      e.status === 'lost' ? 'lost' : e.status === 'starting' ? 'starting' : s?.status === 'busy' ? 'busy' : 'idle';
    // The kernel hears of a pre-flight fallback first, the page of a menu change: the kernel's view wins once it has one.
    const fromKernel = Boolean(s?.backend && s.backend !== '…');
    const backend = fromKernel ? s!.backend : e.backend;
    return {
      id: e.id,
      status,
      backend,
      adapter: backend === 'webgpu' ? ((fromKernel ? s!.adapter : e.adapter) ?? e.adapter) : undefined,
      note: s?.note ?? e.note,
      lostReason: e.lostReason,
      tasksDone: s?.tasksDone ?? 0,
      samplesPerSec: status === 'lost' ? 0 : (s?.samplesPerSec ?? 0),
      memoryBytes: s?.memoryBytes ?? 0,
    };
  });
}

export function createClusterStore() {
  return createStore<ClusterState>()((set) => ({
    lifecycle: [],
    stats: {},
    job: null,
    setLifecycle: (lifecycle) => set({ lifecycle }),
    setStats: (list) => {
      const stats: Record<string, ExecutorStats> = {};
      for (const s of list) stats[s.id] = s;
      set({ stats });
    },
    setJob: (job) => set({ job }),
  }));
}

export type ClusterStore = ReturnType<typeof createClusterStore>;
