/**
 * The page's end of the kernel: starts the worker, numbers requests, interrupts and restarts.
 * It lives beside the worker code because it speaks the same protocol; it imports neither
 * React nor zustand, so the store decides what events mean for the notebook.
 */
import type { CellId } from '../../lib/notebook/ids';
import { kernelEventSchema, type BackendChoice, type KernelEvent, type KernelRequest } from '../wire/pageKernelProtocol';
import { claimCoresForNextFrame, pageInputSignalBuffer } from './inputPriority';
import { checkArrival } from '../wire/checkArrival';
import type { ExecutorId } from '../wire/kernelExecutorProtocol';

/** Events the connection itself adds: the worker died or was restarted. */
export type ConnectionEvent = KernelEvent | { type: 'worker-died'; message: string } | { type: 'restarted' };

export interface KernelConnectionOptions {
  backend: BackendChoice;
  onEvent(event: ConnectionEvent): void;
}

export class KernelConnection {
  private worker: Worker | null = null;
  private nextId = 1;
  private interruptFlag: Int32Array | null = null;
  /** Bumped on restart so late events from a terminated worker are ignored. */
  private generation = 0;

  constructor(private options: KernelConnectionOptions) {}

  start() {
    const generation = ++this.generation;
    const worker = new Worker(new URL('../kernelWorker/kernel.worker.ts', import.meta.url), { type: 'module', name: 'sparkbook-kernel' });
    this.worker = worker;
    // A SharedArrayBuffer lets a busy kernel see Interrupt without yielding to its event loop.
    const shared = typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : null;
    this.interruptFlag = shared ? new Int32Array(shared) : null;
    worker.onmessage = (e: MessageEvent<unknown>) => {
      if (generation !== this.generation) return;
      const event = checkArrival(kernelEventSchema, e.data, 'kernel -> page');
      // A new table, chart or image is the page's heaviest render: give it the cores, as for a key press.
      if (event.type === 'output' && event.output.output_type !== 'stream') claimCoresForNextFrame();
      this.options.onEvent(event);
    };
    worker.onerror = (e: ErrorEvent) => {
      if (generation !== this.generation) return;
      e.preventDefault();
      this.options.onEvent({ type: 'worker-died', message: e.message || 'The kernel worker crashed.' });
    };
    this.send({
      type: 'init',
      id: this.nextId++,
      backend: this.options.backend,
      interruptBuffer: shared,
      pageInput: pageInputSignalBuffer(),
    });
  }

  private send(request: KernelRequest) {
    if (!this.worker) throw new Error('The kernel is not started.');
    this.worker.postMessage(request);
  }

  /** Queues a cell; returns the request id that its outputs and reply carry. */
  execute(cellId: CellId, code: string, executionCount: number, cellOrder: CellId[], notebook?: { id: string; title: string }): number {
    const id = this.nextId++;
    if (this.interruptFlag) Atomics.store(this.interruptFlag, 0, 0);
    this.send({ type: 'execute', id, cellId, code, executionCount, cellOrder, notebook });
    return id;
  }

  /** Stops training within one batch; code that never checks is stopped only by restart(). */
  interrupt() {
    if (this.interruptFlag) Atomics.store(this.interruptFlag, 0, 1);
    this.worker?.postMessage({ type: 'interrupt' } satisfies KernelRequest);
  }

  /** Introduces an executor to the kernel: transfers the kernel's end of their channel. */
  attachExecutor(executorId: ExecutorId, port: MessagePort, backend: string, note?: string) {
    this.worker?.postMessage({ type: 'executor-attached', executorId, port, backend, note } satisfies KernelRequest, [port]);
  }

  detachExecutor(executorId: ExecutorId, reason: 'removed' | 'killed' | 'crashed') {
    this.worker?.postMessage({ type: 'executor-detached', executorId, reason } satisfies KernelRequest);
  }

  forgetCell(cellId: CellId) {
    if (this.worker) this.send({ type: 'forget-cell', id: this.nextId++, cellId });
  }

  setBackend(backend: BackendChoice) {
    this.options = { ...this.options, backend };
    if (this.worker) this.send({ type: 'set-backend', id: this.nextId++, backend });
  }

  /** Terminates the worker (even one stuck in `while (true) {}`) and starts a fresh one. */
  restart() {
    this.worker?.terminate();
    this.worker = null;
    this.options.onEvent({ type: 'restarted' });
    this.start();
  }

  dispose() {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
  }
}
