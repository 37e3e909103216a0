/**
 * What an executor does with each task from the kernel. Plain module: the worker entry
 * (kernels/executorWorker/executor.worker.ts) only wires ports to it.
 */
import * as tf from '@tensorflow/tfjs';
import type { ExecutorBackend, ExecutorId, ExecutorReply, ExecutorTask, TensorPayload } from '../wire/kernelExecutorProtocol';
import { assertNever } from '../../lib/types/assertNever';
import type { BackendChoice } from '../wire/pageKernelProtocol';
import { selectBackend, useFirstBackend, type BackendSelection } from '../sharedByWorkers/backend';
import { elementwiseOptimizer } from '../../lib/cluster/elementwiseOptimizers';
import { abortRun, RunAbortedError } from '../../lib/cluster/sharedBarrier';
import { replicaLayout } from './flatWeights';
import { ModelReplica } from './modelReplica';
import { ExecutorKilled, SharedTrainer, type PhaseHook } from './sharedTrainer';
import { fromPayload, toPayload, transferables } from '../wire/tensorPayload';
import { trainConfiguration } from './configTrainer';
import { downloadFirst } from './gpuReads';
import { yieldToPage, type PageInputSignal } from '../wire/pageInputSignal';

export type Reply = (reply: ExecutorReply, transfer?: Transferable[]) => void;

/** The executor's TensorFlow.js memory, reported with every reply for the panel. */
const memory = () => tf.memory().numBytes;

/** Backends to try, in order, when the chosen one lacks a kernel the model's training needs. */
const FALLBACKS = ['webgl', 'cpu'];

export class ExecutorRuntime {
  private replicas = new Map<string, ModelReplica>();
  private note: string | undefined;
  private adapter: string | undefined;
  /** Test hook: called at each phase of a shared-memory step (see SharedTrainer). */
  phaseHook: PhaseHook | undefined;

  constructor(
    readonly executorId: ExecutorId,
    private backend: string,
    private choice: BackendChoice = 'auto',
    private readonly pageInput: PageInputSignal | null = null,
  ) {}

  /** Before each step's work: leaves the cores to the page while it answers a key press or click. */
  private readonly yieldToPage = () => yieldToPage(this.pageInput);

  get backendName() {
    return this.backend;
  }

  /** The backend as the page and the kernel show it. */
  get backendState(): ExecutorBackend {
    return { choice: this.choice, backend: this.backend, adapter: this.adapter, note: this.note };
  }

  private adopt(selection: BackendSelection, note: string | undefined) {
    this.backend = selection.backend;
    this.adapter = selection.adapter;
    this.note = note;
  }

  /** Replicas hold tensors of the old backend: drop them, the driver loads the model again. */
  private dropReplicas() {
    for (const replica of this.replicas.values()) replica.dispose();
    this.replicas.clear();
  }

  /** Moves to the notebook's new choice (the page's set-backend). */
  async switchBackend(choice: BackendChoice) {
    this.dropReplicas();
    const selection = await selectBackend(choice);
    this.choice = choice;
    this.adopt(selection, selection.note);
  }

  /** The driver's pre-flight fallback: the first candidate that starts, with the driver's reason. */
  private async useBackend(candidates: string[], note: string) {
    this.dropReplicas();
    const selection = await useFirstBackend(candidates);
    if (!selection) throw new Error(`Executor ${this.executorId} could start none of ${candidates.join(', ')}.`);
    this.adopt(selection, note);
  }

  /**
   * Builds the replica and runs one training step on a dummy sample: an op the backend lacks
   * (e.g. Conv2DBackpropFilter on WASM) shows up here, before any real work, and we move to
   * the next backend with a note instead of failing every task.
   */
  private async loadModel(modelKey: string, spec: Parameters<typeof ModelReplica.create>[0]) {
    this.replicas.get(modelKey)?.dispose();
    this.replicas.delete(modelKey);
    for (;;) {
      const replica = await ModelReplica.create(spec);
      const xs = replica.model.inputs.map((inp) => tf.zeros([1, ...inp.shape.slice(1).map((d) => d ?? 1)]));
      const ys = replica.model.outputs.map((out) => tf.zeros([1, ...out.shape.slice(1).map((d) => d ?? 1)]));
      try {
        await replica.gradients(xs, ys);
        this.replicas.set(modelKey, replica);
        return;
      } catch (e) {
        replica.dispose();
        if (!(await this.fallBack(e))) throw e;
      } finally {
        tf.dispose([...xs, ...ys]);
      }
    }
  }

  /**
   * Moves to the next backend when `error` says the current one lacks a kernel, with a note for
   * the panel; false (nothing changed) for any other error or when no backend is left to try.
   */
  private async fallBack(error: unknown): Promise<boolean> {
    const message = (error as Error)?.message ?? String(error);
    const missing = /not registered for backend/i.test(message) || /not (yet )?implemented/i.test(message);
    const next = FALLBACKS.find((b) => b !== this.backend && tf.findBackend(b) !== null);
    if (!missing || !next) return false;
    const from = this.backend;
    await tf.setBackend(next);
    await tf.ready();
    this.backend = tf.getBackend();
    this.adapter = undefined;
    this.note = `${from} lacks a kernel this model needs (${message.split('\n')[0]}); training on ${this.backend}`;
    return true;
  }

  /**
   * A sweep configuration sends no load-model first, so a backend's missing kernel shows up in
   * its first batch: fall back as loadModel does and start the configuration again. Only while no
   * epoch has been reported: the driver records epochs as they come and would count them twice.
   * The repeated hello tells the pool, which shows each executor's backend, about the switch.
   */
  private async trainConfig(task: Extract<ExecutorTask, { type: 'train-config' }>, reply: Reply) {
    const started = performance.now();
    let reported = false;
    for (let attempt = 0; ; attempt++) {
      try {
        const outcome = await trainConfiguration(
          task,
          (epoch, logs) => {
            reported = true;
            reply({ type: 'config-epoch', id: task.id, epoch, logs });
          },
          this.yieldToPage,
        );
        const buffers = [...outcome.weights, ...(outcome.evaluation ? [outcome.evaluation.predictions] : [])].map(
          (a) => a.buffer as ArrayBuffer,
        );
        reply(
          { type: 'train-config-result', id: task.id, ...outcome, millis: performance.now() - started, memoryBytes: memory() },
          buffers,
        );
        return;
      } catch (e) {
        if (reported || attempt >= FALLBACKS.length || !(await this.fallBack(e))) throw e;
        reply({ type: 'hello', executorId: this.executorId, ...this.backendState });
      }
    }
  }

  private replica(modelKey: string): ModelReplica {
    const r = this.replicas.get(modelKey);
    if (!r) throw new Error(`Executor ${this.executorId} has no model ${modelKey} (it may have restarted).`);
    return r;
  }

  async handle(task: ExecutorTask, reply: Reply) {
    const started = performance.now();
    try {
      switch (task.type) {
        case 'load-model':
          await this.loadModel(task.modelKey, task.spec);
          reply({ type: 'model-loaded', id: task.id, backend: this.backend, note: this.note, memoryBytes: memory() });
          return;
        case 'gradients': {
          await this.yieldToPage();
          const replica = this.replica(task.modelKey);
          replica.setWeights(task.weights);
          const xs = task.x.map(fromPayload);
          const ys = task.y.map(fromPayload);
          try {
            const result = await replica.gradients(xs, ys);
            reply(
              {
                type: 'gradients-result',
                id: task.id,
                grads: result.grads,
                state: result.state,
                loss: result.loss,
                metrics: result.metrics,
                samples: xs[0].shape[0],
                millis: performance.now() - started,
                memoryBytes: memory(),
              },
              [...result.grads, ...result.state].map((g) => g.buffer as ArrayBuffer),
            );
          } finally {
            tf.dispose([...xs, ...ys]);
          }
          return;
        }
        case 'train-local': {
          await this.yieldToPage();
          const replica = this.replica(task.modelKey);
          replica.setWeights(task.weights);
          const batches = task.batches.map((b) => ({ x: b.x.map(fromPayload), y: b.y.map(fromPayload) }));
          try {
            const r = await replica.trainLocal(task.optimizerWeights, batches);
            reply({ type: 'train-local-result', id: task.id, ...r, millis: performance.now() - started, memoryBytes: memory() }, [
              ...r.weights.map((w) => w.buffer as ArrayBuffer),
              ...transferables(r.optimizerWeights),
            ]);
          } finally {
            tf.dispose(batches.flatMap((b) => [...b.x, ...b.y]));
          }
          return;
        }
        case 'predict': {
          const replica = this.replica(task.modelKey);
          replica.setWeights(task.weights);
          const xs = task.x.map(fromPayload);
          try {
            const outs = replica.predict(xs);
            await downloadFirst(outs);
            const outputs: TensorPayload[] = outs.map(toPayload);
            tf.dispose(outs);
            reply(
              { type: 'predict-result', id: task.id, outputs, millis: performance.now() - started, memoryBytes: memory() },
              transferables(outputs),
            );
          } finally {
            tf.dispose(xs);
          }
          return;
        }
        case 'train-steps':
          await this.trainSteps(task, reply);
          return;
        case 'train-config':
          await this.trainConfig(task, reply);
          return;
        case 'use-backend':
          await this.useBackend(task.candidates, task.note);
          reply({ type: 'backend-changed', id: task.id, ...this.backendState });
          return;
        case 'release-model':
          this.replicas.get(task.modelKey)?.dispose();
          this.replicas.delete(task.modelKey);
          reply({ type: 'released', id: task.id });
          return;
        default:
          assertNever(task);
      }
    } catch (e) {
      if (e instanceof ExecutorKilled) return;
      reply({ type: 'task-error', id: task.id, message: (e as Error)?.message ?? String(e) });
    }
  }

  private async trainSteps(task: Extract<ExecutorTask, { type: 'train-steps' }>, reply: Reply) {
    try {
      const replica = this.replica(task.modelKey);
      const { className, config } = replica.optimizerSpec;
      const math = elementwiseOptimizer(className, config, tf.backend().epsilon());
      if (!math)
        throw new Error(`The ${className} optimizer can't be applied slice by slice; the driver should have used the message path.`);
      const trainer = new SharedTrainer(
        replica,
        replicaLayout(replica, math.stateNames.length),
        math,
        task,
        this.executorId,
        this.phaseHook,
        this.yieldToPage,
      );
      const outcome = await trainer.run((records) => reply({ type: 'step-records', id: task.id, records }));
      reply({ type: 'train-steps-result', id: task.id, outcome, memoryBytes: memory() });
    } catch (e) {
      if (e instanceof RunAbortedError) {
        reply({ type: 'train-steps-result', id: task.id, outcome: 'aborted', memoryBytes: memory() });
        return;
      }
      // A failure before the first barrier must not leave the other members waiting for us.
      if (!(e instanceof ExecutorKilled)) abortRun(new Int32Array(task.buffers.control), task.generation);
      throw e;
    }
  }

  /** Chooses the backend at start-up (same rule as the kernel: auto = WebGPU on a real GPU, else WASM). */
  static async start(executorId: ExecutorId, choice: BackendChoice, pageInput: PageInputSignal | null = null) {
    const selection = await selectBackend(choice);
    const runtime = new ExecutorRuntime(executorId, selection.backend, choice, pageInput);
    runtime.adopt(selection, selection.note);
    return runtime;
  }

  get backendNote() {
    return this.note;
  }
}
