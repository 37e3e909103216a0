/**
 * Messages of the cluster: page <-> executor (lifecycle) and kernel <-> executor (tasks, over
 * a MessageChannel the page hands to both, so tensors never pass through the page's thread).
 * Tensor data travels as transferred ArrayBuffers: { shape, data } pairs.
 */
import type { SharedJobBuffers } from '../../lib/cluster/sharedLayout';
import type { BackendChoice } from '../../lib/cluster/backendChoice';

/** A branded executor id ("1", "2", …), shown as "worker N" in the panel. */
export type ExecutorId = string & { readonly __brand: 'ExecutorId' };
export const asExecutorId = (s: string) => s as ExecutorId;

/** A tensor's bytes as they cross a MessagePort. */
export interface TensorPayload {
  shape: number[];
  dtype: 'float32' | 'int32';
  data: Float32Array | Int32Array;
}

/** What an executor needs to rebuild the model: topology plus the compile settings. */
export interface ModelSpec {
  /** model.toJSON(null, false): the Keras topology. */
  topology: unknown;
  /** Loss names per output (a custom loss function can't cross a worker boundary). */
  loss: string | string[];
  metrics: string[];
  /** tf.serialization class name and config of the optimizer (for averaging mode). */
  optimizer: { className: string; config: Record<string, unknown> };
}

/**
 * A float32 tensor in memory every executor can map: a sweep's data is copied once into
 * SharedArrayBuffers and every configuration's task carries the same buffers.
 */
export interface SharedTensor {
  buffer: SharedArrayBuffer | ArrayBuffer;
  shape: number[];
}

/**
 * What a sweep trains on (x, y) and evaluates on (validationData, else x and y again): one
 * tensor each, as sweeps train single-input, single-output models. Rows are the first dimension.
 */
export interface SweepDataset {
  x: SharedTensor;
  y: SharedTensor;
  evaluation: { x: SharedTensor; y: SharedTensor };
}

/** Page -> executor. */
export type ExecutorControl =
  | {
      type: 'init';
      executorId: ExecutorId;
      backend: BackendChoice;
      /** The executor's end of its channel to the kernel. */
      port: MessagePort;
    }
  /** The notebook's backend choice changed: switch after the task in hand (replicas are rebuilt on the new backend). */
  | { type: 'set-backend'; backend: BackendChoice };

/** The backend an executor runs on, as it reports it to the page and the kernel. */
export interface ExecutorBackend {
  /** What it was asked for ('auto' included). */
  choice: BackendChoice;
  /** The TensorFlow.js backend active now (webgpu, wasm, …). */
  backend: string;
  /** The WebGPU adapter (vendor, architecture, whether software) when the backend is webgpu. */
  adapter?: string;
  /** Why the backend differs from the choice (auto's pick, a missing kernel, an unavailable backend). */
  note?: string;
}

/** Executor -> page. */
export type ExecutorStatusEvent =
  | ({ type: 'ready'; executorId: ExecutorId } & ExecutorBackend)
  /** It switched backend (the notebook's choice, or a pre-flight fallback). */
  | ({ type: 'backend'; executorId: ExecutorId } & ExecutorBackend)
  | { type: 'fatal'; executorId: ExecutorId; message: string };

/** Kernel -> executor, over the channel. Every request has an id its reply echoes. */
export type ExecutorTask =
  | { type: 'load-model'; id: number; modelKey: string; spec: ModelSpec }
  | {
      /** sync mode: gradients of the mean loss on this shard at the given weights. */
      type: 'gradients';
      id: number;
      modelKey: string;
      weights: TensorPayload[];
      x: TensorPayload[];
      y: TensorPayload[];
    }
  | {
      /** averaging mode: run local minibatches from these weights and optimizer state. */
      type: 'train-local';
      id: number;
      modelKey: string;
      weights: TensorPayload[];
      optimizerWeights: TensorPayload[];
      batches: { x: TensorPayload[]; y: TensorPayload[] }[];
    }
  | { type: 'predict'; id: number; modelKey: string; weights: TensorPayload[]; x: TensorPayload[] }
  | { type: 'release-model'; id: number; modelKey: string }
  /**
   * The pre-flight check found a kernel this executor's backend lacks: move to the first of
   * `candidates` that starts, dropping replicas (they are rebuilt there), with `note` for the panel.
   */
  | { type: 'use-backend'; id: number; candidates: string[]; note: string }
  | {
      /**
       * A sweep configuration: train a whole model on this executor (task parallelism), from these
       * initial weights, in a batch order drawn from `seed`, then predict the evaluation rows.
       */
      type: 'train-config';
      id: number;
      spec: ModelSpec;
      /** Initial weights, in model.getWeights() order. */
      weights: TensorPayload[];
      data: SweepDataset;
      epochs: number;
      /** Rows per batch; the last batch of an epoch holds what is left. */
      batchSize: number;
      /** Seeds each epoch's permutation of the training rows. */
      seed: number;
    }
  | ({ type: 'train-steps'; id: number } & TrainStepsCommand);

/**
 * Shared-memory training: run steps [fromStep, toStep) of the job against the shared buffers,
 * all-reducing with the other members of this run. The executors pace themselves with barriers;
 * the driver only starts runs (one per epoch, or again after a member joins, leaves or dies).
 */
export interface TrainStepsCommand {
  modelKey: string;
  buffers: SharedJobBuffers;
  /** The run's generation (from the control block): an abort names the run it stops. */
  generation: number;
  /** This executor's place among the run's members (its exchange slot and owned slice). */
  rank: number;
  world: number;
  mode: 'sync' | 'averaging';
  /** Training batches of this many rows (the global batch), as makeBatches cuts them. */
  batchSize: number;
  trainCount: number;
  /** Batches per step: 1 in sync mode, averagingFrequency in averaging mode. */
  batchesPerStep: number;
  /** Steps of the job run so far / where this run stops (the end of the current epoch). */
  fromStep: number;
  toStep: number;
  /** The job step that is the epoch's first: steps count batches from there. */
  epochFirstStep: number;
}

/** What one executor did in one step of a shared-memory run (an intermediate reply). */
export interface StepRecord {
  step: number;
  executorId: ExecutorId;
  /** Rows this executor trained on in the step (0 when the batch had no shard for it). */
  samples: number;
  loss: number;
  metrics: Record<string, number>;
  /** Forward and backward pass (and reading the shared weights, writing its slot). */
  computeMs: number;
  /** Summing its slice of every slot and applying the optimizer to that slice. */
  exchangeMs: number;
  /** Waiting at the step's two barriers for slower members. */
  waitMs: number;
  /** Wall-clock times (ms since the epoch), comparable across workers. */
  startedAt: number;
  endedAt: number;
}

/** Executor -> kernel replies. */
export type ExecutorReply =
  /**
   * Sent at start-up, and again whenever the executor moves to another backend; `replicasDropped`
   * when it no longer holds the models it had loaded.
   */
  | ({ type: 'hello'; executorId: ExecutorId; replicasDropped?: boolean } & ExecutorBackend)
  | ({ type: 'backend-changed'; id: number } & ExecutorBackend)
  | { type: 'model-loaded'; id: number; backend: string; note?: string; memoryBytes: number }
  | {
      type: 'gradients-result';
      id: number;
      grads: Float32Array[];
      /**
       * The model's non-trainable weights after the shard's forward pass (BatchNormalization's
       * moving mean and variance), ordered like model.nonTrainableWeights; empty when it has none.
       */
      state: Float32Array[];
      /** Mean loss and metric values on the shard (before the update). */
      loss: number;
      metrics: Record<string, number>;
      samples: number;
      millis: number;
      memoryBytes: number;
    }
  | {
      type: 'train-local-result';
      id: number;
      weights: Float32Array[];
      optimizerWeights: TensorPayload[];
      loss: number;
      metrics: Record<string, number>;
      samples: number;
      millis: number;
      memoryBytes: number;
    }
  | { type: 'predict-result'; id: number; outputs: TensorPayload[]; millis: number; memoryBytes: number }
  | { type: 'released'; id: number }
  /** A train-config task finished an epoch (an intermediate reply; the request stays open). */
  | { type: 'config-epoch'; id: number; epoch: number; logs: Record<string, number> }
  | {
      type: 'train-config-result';
      id: number;
      /** Final weights in model.getWeights() order. */
      weights: Float32Array[];
      /** Per-epoch means on the training data (loss, acc, …). */
      history: Record<string, number[]>;
      /** The loss became NaN or infinite: training stopped there (not an error; the sweep goes on). */
      diverged: boolean;
      divergedAt?: { epoch: number; batch: number };
      /** Predictions for the evaluation rows (rows × outputs) and their mean loss; null when diverged. */
      evaluation: { loss: number | null; predictions: Float32Array } | null;
      millis: number;
      memoryBytes: number;
    }
  /**
   * What the steps of a train-steps run did, sent every ~100 ms and when the run ends (not after
   * every step: each message wakes the kernel's thread, which shares the cores with the executors).
   * The request stays open.
   */
  | { type: 'step-records'; id: number; records: StepRecord[] }
  /**
   * A train-steps run ended: it reached toStep, or the committing executor saw a stop request
   * (halted), or the run was aborted because a member died or failed (aborted). The driver reads
   * the committed step from the control block.
   */
  | { type: 'train-steps-result'; id: number; outcome: 'completed' | 'halted' | 'aborted'; memoryBytes: number }
  | { type: 'task-error'; id: number; message: string };
