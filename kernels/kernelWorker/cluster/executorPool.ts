/**
 * The kernel's view of the cluster: one entry per executor the page attached, with the port
 * to talk to it, request/reply bookkeeping, and per-executor statistics for the panel.
 * When the page reports an executor gone (killed, removed, crashed), its pending requests
 * fail with ExecutorLostError so the job's scheduler can retry the task elsewhere.
 */
import type { ExecutorInfo as ExecutorStats } from '../../../lib/cluster/executorInfo';
import {
  executorReplySchema,
  type ExecutorBackend,
  type ExecutorId,
  type ExecutorReply,
  type ExecutorTask,
} from '../../wire/kernelExecutorProtocol';
import { checkArrival } from '../../wire/checkArrival';

/** A task's executor disappeared before answering. */
export class ExecutorLostError extends Error {
  constructor(
    readonly executorId: ExecutorId,
    reason: string,
  ) {
    super(`Executor ${executorId} was lost (${reason}).`);
    this.name = 'ExecutorLostError';
  }
}

/** A task the executor itself reported as failed (an exception in its code). */
export class TaskFailedError extends Error {
  constructor(
    readonly executorId: ExecutorId,
    message: string,
  ) {
    super(message);
    this.name = 'TaskFailedError';
  }
}

/** Replicas an executor keeps for later jobs (a notebook usually trains one or two kinds of model). */
const MAX_REPLICAS = 2;

/** Replies that report progress while a request stays open. */
export type ProgressReply = Extract<ExecutorReply, { type: 'step-records' | 'config-epoch' }>;

type Pending = { resolve(reply: ExecutorReply): void; reject(error: Error): void; onProgress?(reply: ProgressReply): void };
type TaskWithoutId = ExecutorTask extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/** What the panel and `spark.executors` show per executor, with the kernel's branded id. */
export type ExecutorInfo = ExecutorStats & { id: ExecutorId };

/** Waiting this long with no executor at all fails a job instead of hanging. */
export const NO_EXECUTOR_GRACE_MS = 1500;
export const NO_EXECUTORS_MESSAGE =
  'No executors are left in the cluster. Add a worker in the Spark workers panel (or await spark.resize(2)) and run the cell again.';

interface Entry extends ExecutorInfo {
  port: MessagePort;
  pending: Map<number, Pending>;
  loadedModels: Set<string>;
}

export class ExecutorPool {
  private entries = new Map<ExecutorId, Entry>();
  private nextRequest = 1;
  private listeners = new Set<() => void>();
  private lostListeners = new Set<(id: ExecutorId, reason: string) => void>();

  /** Called when an executor leaves (killed, removed, crashed), for job records. */
  onLost(listener: (id: ExecutorId, reason: string) => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /** Called on every membership or statistics change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const l of this.listeners) l();
  }

  attach(id: ExecutorId, port: MessagePort, backend: string, note?: string) {
    this.detach(id, 'replaced');
    const entry: Entry = {
      id,
      port,
      backend,
      note,
      status: 'idle',
      tasksDone: 0,
      samplesPerSec: 0,
      memoryBytes: 0,
      pending: new Map(),
      loadedModels: new Set(),
    };
    port.onmessage = (e: MessageEvent<unknown>) => this.onReply(entry, checkArrival(executorReplySchema, e.data, 'executor -> kernel'));
    this.entries.set(id, entry);
    this.changed();
  }

  detach(id: ExecutorId, reason: string) {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    entry.port.onmessage = null;
    entry.port.close();
    for (const p of entry.pending.values()) p.reject(new ExecutorLostError(id, reason));
    entry.pending.clear();
    if (reason !== 'replaced') for (const l of this.lostListeners) l(id, reason);
    this.changed();
  }

  private adoptBackend(entry: Entry, reported: ExecutorBackend, replicasDropped: boolean) {
    entry.backend = reported.backend;
    entry.choice = reported.choice;
    entry.adapter = reported.adapter;
    entry.note = reported.note;
    if (replicasDropped) entry.loadedModels.clear();
  }

  private onReply(entry: Entry, reply: ExecutorReply) {
    if (reply.type === 'hello') {
      this.adoptBackend(entry, reply, reply.replicasDropped === true);
      this.changed();
      return;
    }
    const pending = entry.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'step-records' || reply.type === 'config-epoch') {
      pending.onProgress?.(reply);
      return;
    }
    entry.pending.delete(reply.id);
    if (entry.pending.size === 0) entry.status = 'idle';
    if ('memoryBytes' in reply) entry.memoryBytes = reply.memoryBytes;
    if (reply.type === 'model-loaded') {
      entry.backend = reply.backend;
      entry.note = reply.note;
    }
    if (reply.type === 'backend-changed') this.adoptBackend(entry, reply, true);
    if (reply.type === 'task-error') pending.reject(new TaskFailedError(entry.id, reply.message));
    else pending.resolve(reply);
    this.changed();
  }

  /**
   * Sends a task and resolves with the executor's reply (or rejects if it is lost or fails).
   * `onProgress` receives what a long task reports before its final reply: a shared-memory
   * run's step records, a sweep configuration's epochs.
   */
  request(
    id: ExecutorId,
    task: TaskWithoutId,
    transfer: Transferable[] = [],
    onProgress?: (reply: ProgressReply) => void,
  ): Promise<ExecutorReply> {
    const entry = this.entries.get(id);
    if (!entry) return Promise.reject(new ExecutorLostError(id, 'not attached'));
    const requestId = this.nextRequest++;
    return new Promise<ExecutorReply>((resolve, reject) => {
      entry.pending.set(requestId, { resolve, reject, onProgress });
      entry.status = 'busy';
      this.changed();
      entry.port.postMessage({ ...task, id: requestId } as ExecutorTask, transfer);
    });
  }

  /**
   * Ensures the executor has a replica of this model, loading it once per executor. Replicas stay
   * for later jobs on the same model; beyond MAX_REPLICAS the least recently used one is freed.
   */
  async ensureModel(id: ExecutorId, modelKey: string, load: () => TaskWithoutId) {
    const entry = this.entries.get(id);
    if (!entry) throw new ExecutorLostError(id, 'not attached');
    if (entry.loadedModels.delete(modelKey)) {
      entry.loadedModels.add(modelKey); // most recently used last
      return;
    }
    for (const old of [...entry.loadedModels].slice(0, Math.max(0, entry.loadedModels.size - MAX_REPLICAS + 1))) {
      entry.loadedModels.delete(old);
      this.request(id, { type: 'release-model', modelKey: old }).catch(() => undefined);
    }
    await this.request(id, load());
    entry.loadedModels.add(modelKey);
  }

  /** Frees a job's model on every executor that loaded it (best effort). */
  releaseModel(modelKey: string) {
    for (const entry of this.entries.values()) {
      if (!entry.loadedModels.delete(modelKey)) continue;
      this.request(entry.id, { type: 'release-model', modelKey }).catch(() => undefined);
    }
  }

  /** Records a finished task for the panel's statistics. */
  recordTask(id: ExecutorId, samples: number, millis: number) {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.tasksDone++;
    const rate = millis > 0 ? (samples * 1000) / millis : 0;
    // Smoothed, so the panel doesn't flicker between steps.
    entry.samplesPerSec = entry.samplesPerSec ? 0.7 * entry.samplesPerSec + 0.3 * rate : rate;
    this.changed();
  }

  ids(): ExecutorId[] {
    return [...this.entries.keys()];
  }

  has(id: ExecutorId): boolean {
    return this.entries.has(id);
  }

  size(): number {
    return this.entries.size;
  }

  info(): ExecutorInfo[] {
    return [...this.entries.values()].map(({ id, status, backend, choice, adapter, note, tasksDone, samplesPerSec, memoryBytes }) => ({
      id,
      status,
      backend,
      choice,
      adapter,
      note,
      tasksDone,
      samplesPerSec,
      memoryBytes,
    }));
  }

  /** Resolves once the pool has `count` executors (or rejects after the timeout). */
  waitForSize(count: number, timeoutMs: number): Promise<void> {
    return this.waitFor(
      () => this.size() === count,
      timeoutMs,
      () => `The cluster did not reach ${count} executors within ${timeoutMs / 1000} s (it has ${this.size()}).`,
    );
  }

  /** Resolves once every executor reports having been asked for `choice` (after spark.setBackend). */
  waitForBackend(choice: string, timeoutMs: number): Promise<void> {
    const behind = () => [...this.entries.values()].filter((e) => e.choice !== choice).map((e) => e.id);
    return this.waitFor(
      () => behind().length === 0,
      timeoutMs,
      () => `Executors ${behind().join(', ')} did not move to backend "${choice}" within ${timeoutMs / 1000} s.`,
    );
  }

  private waitFor(done: () => boolean, timeoutMs: number, failure: () => string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(failure()));
      }, timeoutMs);
      const unsubscribe = this.subscribe(() => {
        if (done()) {
          clearTimeout(timer);
          unsubscribe();
          resolve();
        }
      });
    });
  }
}
