/**
 * The page's cluster manager: owns executor workers' lifecycle (spawn, add, remove, kill,
 * restart with the kernel) and introduces each executor to the kernel with a MessageChannel,
 * so task data flows kernel <-> executor directly and never through the page's thread.
 */
import { MAX_EXECUTORS } from '../../lib/cluster/backendChoice';
import { asExecutorId, executorStatusEventSchema, type ExecutorControl, type ExecutorId } from '../wire/kernelExecutorProtocol';
import { checkArrival } from '../wire/checkArrival';
import type { BackendChoice } from '../wire/pageKernelProtocol';
import { pageInputSignalBuffer } from './inputPriority';

/** An executor as the page knows it: lifecycle, not task statistics (those come from the kernel). */
export interface ManagedExecutor {
  id: ExecutorId;
  status: 'starting' | 'ready' | 'lost';
  backend: string;
  /** The WebGPU adapter when the backend is webgpu. */
  adapter?: string;
  note?: string;
  lostReason?: string;
}

export interface ClusterManagerOptions {
  backend: BackendChoice;
  /** Hand the kernel its end of the executor's channel. */
  attach(id: ExecutorId, port: MessagePort, backend: string, note?: string): void;
  detach(id: ExecutorId, reason: 'removed' | 'killed' | 'crashed'): void;
  onChange(executors: ManagedExecutor[]): void;
}

/** Lost executors stay listed (like Spark's dead executors) up to this many. */
const KEEP_LOST = 6;

export class ClusterManager {
  private executors = new Map<ExecutorId, ManagedExecutor & { worker: Worker | null }>();
  private nextId = 1;

  constructor(private readonly options: ClusterManagerOptions) {}

  /** The backend every executor uses, those started later included; running ones switch after their task in hand. */
  setBackend(backend: BackendChoice) {
    this.options.backend = backend;
    for (const e of this.executors.values()) {
      if (e.status !== 'lost') e.worker?.postMessage({ type: 'set-backend', backend } satisfies ExecutorControl);
    }
  }

  get backend(): BackendChoice {
    return this.options.backend;
  }

  private changed() {
    const list = [...this.executors.values()].map(({ worker: _w, ...rest }) => rest);
    this.options.onChange(list);
  }

  live(): ExecutorId[] {
    return [...this.executors.values()].filter((e) => e.status !== 'lost').map((e) => e.id);
  }

  add(): ExecutorId | null {
    if (this.live().length >= MAX_EXECUTORS) return null;
    const id = asExecutorId(String(this.nextId++));
    const worker = new Worker(new URL('../executorWorker/executor.worker.ts', import.meta.url), {
      type: 'module',
      name: `sparkbook-executor-${id}`,
    });
    const channel = new MessageChannel();
    const entry = { id, status: 'starting' as const, backend: '…', worker };
    this.executors.set(id, entry);
    worker.onmessage = (message: MessageEvent<unknown>) => {
      const e = { data: checkArrival(executorStatusEventSchema, message.data, 'executor -> page') };
      const current = this.executors.get(id);
      if (!current || current.status === 'lost') return;
      if (e.data.type === 'ready') {
        this.executors.set(id, { ...current, status: 'ready', backend: e.data.backend, adapter: e.data.adapter, note: e.data.note });
        this.options.attach(id, channel.port2, e.data.backend, e.data.note);
      } else if (e.data.type === 'backend') {
        this.executors.set(id, { ...current, backend: e.data.backend, adapter: e.data.adapter, note: e.data.note });
      } else {
        this.markLost(id, `failed to start: ${e.data.message}`, 'crashed');
      }
      this.changed();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.markLost(id, `crashed: ${e.message || 'unknown error'}`, 'crashed');
    };
    const init: ExecutorControl = {
      type: 'init',
      executorId: id,
      backend: this.options.backend,
      port: channel.port1,
      pageInput: pageInputSignalBuffer(),
    };
    worker.postMessage(init, [channel.port1]);
    this.changed();
    return id;
  }

  private markLost(id: ExecutorId, reason: string, kind: 'removed' | 'killed' | 'crashed') {
    const entry = this.executors.get(id);
    if (!entry || entry.status === 'lost') return;
    entry.worker?.terminate();
    const wasAttached = entry.status === 'ready';
    this.executors.set(id, { ...entry, worker: null, status: 'lost', lostReason: reason });
    if (wasAttached) this.options.detach(id, kind);
    const lost = [...this.executors.values()].filter((e) => e.status === 'lost');
    for (const old of lost.slice(0, Math.max(0, lost.length - KEEP_LOST))) this.executors.delete(old.id);
    this.changed();
  }

  /** Removes the newest live executor (its running task, if any, is retried elsewhere). */
  remove(): ExecutorId | null {
    const live = this.live();
    const id = live[live.length - 1];
    if (!id) return null;
    this.markLost(id, 'removed', 'removed');
    // A removed worker isn't a failure: don't keep it in the list.
    this.executors.delete(id);
    this.changed();
    return id;
  }

  /** Terminates an executor abruptly, as a crash would (for testing fault tolerance). */
  kill(id: ExecutorId) {
    this.markLost(id, 'killed from the panel', 'killed');
  }

  resize(count: number) {
    const target = Math.max(0, Math.min(MAX_EXECUTORS, count));
    while (this.live().length < target) if (!this.add()) break;
    while (this.live().length > target) if (!this.remove()) break;
  }

  /** After a kernel restart the old channels are dead: start the same number of fresh executors. */
  restartAll() {
    const count = this.live().length;
    this.disposeAll();
    this.executors.clear();
    this.resize(count);
  }

  disposeAll() {
    for (const e of this.executors.values()) e.worker?.terminate();
    this.executors.clear();
    this.changed();
  }
}
