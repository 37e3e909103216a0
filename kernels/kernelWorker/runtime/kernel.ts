/**
 * The kernel: owns the CellRunner and the TensorFlow.js backend, and turns requests into
 * events. The worker entry (kernels/kernelWorker/kernel.worker.ts) only moves messages in and out.
 */
import * as tf from '@tensorflow/tfjs';
import type { Output } from '../../../lib/notebook/types';
import type { CellId } from '../../../lib/notebook/ids';
import { assertNever } from '../../../lib/types/assertNever';
import type { KernelEvent, KernelRequest } from '../../wire/pageKernelProtocol';
import { CellRunner } from './cellRunner';
import { createCellConsole } from './cellConsole';
import { createDatasets } from './datasets';
import { toMimeBundle } from './display';
import { checkInterrupt, patchFitForInterrupt, requestInterrupt, useInterruptBuffer } from './interrupt';
import { prepareBackends, selectBackend } from '../../sharedByWorkers/backend';
import { kernelsYieldToPage } from '../../sharedByWorkers/kernelsYieldToPage';
import { detectBackends } from './backendProbe';
import { installFitPreflight } from './fitPreflight';
import { ExecutorPool } from '../cluster/executorPool';
import { createSpark } from '../cluster/sparkApi';
import { JobEventBatcher } from '../cluster/jobEventBatcher';
import { LiveChart, type DisplayChannel } from './liveChart/liveChart';
import { createShow } from './show';
import type { CellGlobals } from './cellGlobals';
import { createModels } from './modelsApi';
import { trainingMemoryCallback } from './modelTraining';
import type { ModelStore } from '../../../lib/persistence/modelStore';
import { createIdbModelStore } from '../../../lib/persistence/modelStoreIdb';
import type { DatasetStore } from '../../../lib/persistence/datasetStore';
import { createIdbDatasetStore } from '../../../lib/persistence/datasetStoreIdb';
import { fitProgressCallbacks, stepsPerEpoch, verbosityOf } from './fitProgress/fitProgress';

export type Post = (event: KernelEvent) => void;

export class Kernel {
  private runner: CellRunner;
  private backend = 'none';
  /** Requests run one at a time, in order, like a Jupyter kernel's shell channel. */
  private queue: Promise<void> = Promise.resolve();
  /** The cluster's executors, attached by the page's cluster manager. */
  readonly pool = new ExecutorPool();
  private executorsTimer: ReturnType<typeof setTimeout> | null = null;
  /** Where live displays of the running cell go (null between cells). */
  private display: DisplayChannel | null = null;
  /** The running cell's output (null between cells): the pre-flight check warns there. */
  private emit: ((output: Output) => void) | null = null;
  /** The notebook of the running cell, recorded with the models it saves. */
  private notebook: { id: string; title: string } | undefined;
  private models: ModelStore | null = null;
  private uploads: DatasetStore | null = null;
  /** Every job's reports to the page, batched into a few messages a second. */
  private readonly jobEvents = new JobEventBatcher((deltas) => this.post({ type: 'job-events', deltas }));

  /** `modelStore` and `datasetStore` replace the browser's IndexedDB stores (the Node kernel that checks the examples keeps them in memory). */
  constructor(
    private readonly post: Post,
    private readonly origin: string,
    private readonly modelStore: () => ModelStore = () => (this.models ??= createIdbModelStore()),
    private readonly datasetStore: () => DatasetStore = () => (this.uploads ??= createIdbDatasetStore()),
  ) {
    this.runner = new CellRunner((emit, cellId) => this.builtins(emit, cellId));
    // The panel's view of the executors, at most 2 updates a second: each re-renders the panel on
    // the page's thread, which shares the machine's cores with the executors while they train.
    this.pool.subscribe(() => {
      this.executorsTimer ??= setTimeout(() => {
        this.executorsTimer = null;
        this.post({ type: 'executors', executors: this.pool.info() });
      }, 500);
    });
  }

  /** A display channel bound to one execution's request id and cell. */
  private displayChannel(requestId: number, cellId: CellId, emit: (output: Output) => void): DisplayChannel {
    return {
      show: (displayId, data) => emit({ output_type: 'display_data', data, metadata: {}, transient: { display_id: displayId } }),
      update: (displayId, data) =>
        this.post({
          type: 'update-display',
          requestId,
          cellId,
          displayId,
          output: { output_type: 'display_data', data, metadata: {}, transient: { display_id: displayId } },
        }),
    };
  }

  /**
   * model.fit inside a cell gets Keras's progress log (unless verbose is 0) and a live loss chart
   * in that cell's output, and is remembered for models.save.
   */
  private fitCallbacks(
    model: tf.LayersModel,
    args: tf.ModelFitArgs,
    x: tf.Tensor | tf.Tensor[] | Record<string, tf.Tensor>,
  ): tf.CustomCallbackArgs[] {
    const memory = trainingMemoryCallback(model, args);
    const channel = this.display;
    if (!channel) return [memory];
    const first = x instanceof tf.Tensor ? x : Array.isArray(x) ? x[0] : Object.values(x ?? {})[0];
    const samples = first instanceof tf.Tensor ? first.shape[0] : undefined;
    const progress = fitProgressCallbacks(channel, {
      epochs: args.epochs ?? 1,
      steps: samples === undefined ? null : stepsPerEpoch(samples, args),
      verbose: verbosityOf(args.verbose),
    });
    const chart = new LiveChart(channel);
    let step = 0;
    return [
      // First, so the log sits above the chart (it shows at the epoch's start, the chart at its first batch).
      ...(progress ? [progress as tf.CustomCallbackArgs] : []),
      {
        onBatchEnd: async (_batch, logs) => {
          step++;
          if (logs) chart.step(step, logs as Record<string, number>);
        },
        onEpochEnd: async (_epoch, logs) => {
          if (logs) chart.epoch(step, logs as Record<string, number>);
        },
        onTrainEnd: async () => chart.finish(),
      },
      memory,
    ];
  }

  private builtins(emit: (output: Output) => void, cellId: CellId): Record<string, unknown> {
    const display = this.display;
    const text = (v: unknown) => {
      const t = toMimeBundle(v)['text/plain'];
      return typeof t === 'string' ? t : String(v);
    };
    const cellConsole = createCellConsole(emit, text);
    const globals: CellGlobals = {
      // Synchronous on purpose: display(a); console.log(b) must show a before b.
      display: (...values: unknown[]) => {
        for (const value of values) emit({ output_type: 'display_data', data: toMimeBundle(value), metadata: {} });
      },
      datasets: createDatasets(this.origin, (m) => cellConsole.warn(m), this.datasetStore),
      checkInterrupt,
      show: createShow(),
      models: createModels({
        store: this.modelStore,
        notebook: () => this.notebook,
        origin: this.origin,
        download: (files) => this.post({ type: 'download', files }),
      }),
      spark: createSpark({
        pool: this.pool,
        cellId,
        log: (line) => cellConsole.log(line),
        jobs: this.jobEvents,
        requestResize: (count) => this.post({ type: 'cluster-resize', count }),
        requestBackend: (backend) => this.post({ type: 'cluster-backend', backend }),
        liveChart: () => (display ? new LiveChart(display) : null),
        display: () => display,
        models: this.modelStore,
        notebook: () => this.notebook,
      }),
    };
    return { tf, console: cellConsole, ...globals };
  }

  private reportBackendIfChanged() {
    const now = tf.getBackend();
    if (now && now !== this.backend) {
      this.backend = now;
      this.post({ type: 'backend', backend: now });
    }
  }

  /** Handles one message from the page. Interrupts bypass the queue. */
  handle(request: KernelRequest) {
    switch (request.type) {
      case 'interrupt':
        requestInterrupt();
        return;
      case 'init':
        this.enqueue(async () => {
          useInterruptBuffer(request.interruptBuffer);
          kernelsYieldToPage(request.pageInput);
          prepareBackends();
          patchFitForInterrupt((model, args, x) => this.fitCallbacks(model, args, x));
          installFitPreflight(() => ({
            warn: (line) => this.emit?.({ output_type: 'stream', name: 'stderr', text: `${line}\n` }),
            backendChanged: (backend, note) => {
              this.backend = backend;
              this.post({ type: 'backend', backend, backendNote: note });
            },
          }));
          try {
            const selection = await selectBackend(request.backend);
            this.backend = selection.backend;
            this.post({ type: 'ready', backend: selection.backend, backendNote: selection.note });
            this.post({ type: 'backends-detected', backends: await detectBackends() });
          } catch (e) {
            this.post({ type: 'kernel-error', message: (e as Error).message });
          }
        });
        return;
      case 'execute':
        this.enqueue(async () => {
          const startedAt = Date.now();
          const emit = (output: Output) => this.post({ type: 'output', requestId: request.id, cellId: request.cellId, output });
          this.display = this.displayChannel(request.id, request.cellId, emit);
          this.emit = emit;
          this.notebook = request.notebook;
          let status;
          try {
            status = await this.runner.run(request, emit);
          } finally {
            this.display = null;
            this.emit = null;
          }
          const finishedAt = Date.now();
          this.reportBackendIfChanged();
          this.post({ type: 'execute-reply', id: request.id, cellId: request.cellId, status, startedAt, finishedAt });
        });
        return;
      // Cluster membership bypasses the queue: executors join or leave while a job runs.
      case 'executor-attached':
        this.pool.attach(request.executorId, request.port, request.backend, request.note);
        return;
      case 'executor-detached':
        this.pool.detach(request.executorId, request.reason);
        return;
      case 'forget-cell':
        this.enqueue(async () => {
          this.runner.forget(request.cellId);
          this.post({ type: 'reply', id: request.id, ok: true });
        });
        return;
      case 'set-backend':
        this.enqueue(async () => {
          try {
            const selection = await selectBackend(request.backend);
            this.backend = selection.backend;
            // An empty note clears the one the previous choice left (auto's reason, say).
            this.post({ type: 'backend', backend: selection.backend, backendNote: selection.note ?? '' });
            this.post({ type: 'reply', id: request.id, ok: true });
          } catch (e) {
            this.post({ type: 'reply', id: request.id, ok: false, error: (e as Error).message });
          }
        });
        return;
      default:
        assertNever(request);
    }
  }

  private enqueue(task: () => Promise<void>) {
    this.queue = this.queue.then(task).catch((e) => {
      this.post({ type: 'kernel-error', message: `Kernel bug: ${(e as Error)?.stack ?? String(e)}` });
    });
  }
}
