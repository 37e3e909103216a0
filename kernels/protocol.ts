/**
 * Every message between the page and the kernel worker. One file, discriminated unions on
 * `type`; requests carry an `id` that their reply echoes. Both sides switch over these and
 * end in assertNever, so adding a message type is a compile error until both handle it.
 */
import type { CellId } from '../lib/notebook/ids';
import type { Output } from '../lib/notebook/types';
import type { ExecutorId } from './clusterProtocol';
import type { ExecutorInfo } from './cluster/executorPool';
import type { JobProgress } from './cluster/jobTypes';
import type { KernelJobRecord } from '../lib/jobs/jobRecord';

import type { BackendChoice } from '../lib/cluster/backendChoice';
import type { DetectedBackend } from '../lib/cluster/detectedBackends';

/** The TensorFlow.js backends a user can ask for; 'auto' lets the kernel choose. */
export type { BackendChoice } from '../lib/cluster/backendChoice';

/** Page -> kernel. */
export type KernelRequest =
  | {
      type: 'init';
      id: number;
      backend: BackendChoice;
      /** Int32Array(1) over a SharedArrayBuffer when cross-origin isolated: [0] = 1 means interrupt. */
      interruptBuffer: SharedArrayBuffer | null;
    }
  | {
      type: 'execute';
      id: number;
      cellId: CellId;
      code: string;
      executionCount: number;
      /** The notebook's cells in order, so errors can say "cell 3" and not an opaque id. */
      cellOrder: CellId[];
      /** The notebook the cell belongs to, recorded with models it saves. */
      notebook?: { id: string; title: string };
    }
  /** Fallback when there is no SharedArrayBuffer: seen between training batches. */
  | { type: 'interrupt' }
  /** A cell was deleted: forget (and dispose) what it defined. */
  | { type: 'forget-cell'; id: number; cellId: CellId }
  | { type: 'set-backend'; id: number; backend: BackendChoice }
  /** The page started an executor: the kernel's end of its channel (transferred). */
  | { type: 'executor-attached'; executorId: ExecutorId; port: MessagePort; backend: string; note?: string }
  /** An executor is gone: its running task will be retried elsewhere. */
  | { type: 'executor-detached'; executorId: ExecutorId; reason: 'removed' | 'killed' | 'crashed' };

/** Kernel -> page. */
export type KernelEvent =
  | { type: 'ready'; backend: string; backendNote?: string }
  /** The active TensorFlow.js backend changed (e.g. a cell called tf.setBackend). */
  | { type: 'backend'; backend: string; backendNote?: string }
  /** What each backend is in this browser (for the backend menu), probed once at start-up. */
  | { type: 'backends-detected'; backends: DetectedBackend[] }
  | { type: 'output'; requestId: number; cellId: CellId; output: Output }
  /** Replace the output that has this display id (live charts update in place). */
  | { type: 'update-display'; requestId: number; cellId: CellId; displayId: string; output: Output }
  | {
      type: 'execute-reply';
      id: number;
      cellId: CellId;
      status: 'ok' | 'error' | 'interrupted';
      /** When the kernel began and ended the run (epoch ms): the cell's run time, without the page's own delays. */
      startedAt?: number;
      finishedAt?: number;
    }
  | { type: 'reply'; id: number; ok: boolean; error?: string }
  /** A cell called spark.resize(n): the page's cluster manager adds or removes executors. */
  | { type: 'cluster-resize'; count: number }
  /** A cell called spark.setBackend (or resize with a backend): every executor, new ones too, uses it. */
  | { type: 'cluster-backend'; backend: BackendChoice }
  /** Executors as the kernel sees them (busy/idle, tasks done, samples/s, memory). */
  | { type: 'executors'; executors: ExecutorInfo[] }
  /** A cluster job started, progressed or ended. */
  | { type: 'job-update'; job: JobProgress }
  /** The job's history record so far (the page stores it in IndexedDB). */
  | { type: 'job-record'; record: KernelJobRecord }
  /** Files a cell exported (models.export): the page saves them through the browser's download. */
  | { type: 'download'; files: { name: string; bytes: Uint8Array; mimeType: string }[] }
  /** Something went wrong outside any cell (a failed backend init, say). */
  | { type: 'kernel-error'; message: string };

export function assertNever(x: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(x)}`);
}
