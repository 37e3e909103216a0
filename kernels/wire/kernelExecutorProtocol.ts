/**
 * Messages of the cluster: page <-> executor (lifecycle) and kernel <-> executor (tasks, over
 * a MessageChannel the page hands to both, so tensors never pass through the page's thread).
 * Tensor data travels as transferred ArrayBuffers: { shape, data } pairs. Each message is a zod
 * schema with its type inferred, checked where it arrives in development builds (checkArrival).
 */
import { z } from 'zod';
import type { SharedJobBuffers } from '../../lib/cluster/sharedLayout';
import { backendChoiceSchema } from '../../lib/cluster/backendChoice';

/** A branded executor id ("1", "2", …), shown as "worker N" in the panel. */
export type ExecutorId = string & { readonly __brand: 'ExecutorId' };
export const asExecutorId = (s: string) => s as ExecutorId;
const executorId = z.custom<ExecutorId>((v) => typeof v === 'string' && v.length > 0, 'expected an executor id');

const isShared = (v: unknown) => typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer;
const messagePort = z.custom<MessagePort>((v) => typeof MessagePort !== 'undefined' && v instanceof MessagePort, 'expected a MessagePort');
const floats = z.custom<Float32Array>((v) => v instanceof Float32Array, 'expected a Float32Array');
// Losses and metrics may be NaN or infinite (a diverging model), which z.number() refuses.
const anyNumber = z.custom<number>((v) => typeof v === 'number', 'expected a number');
const record = z.record(z.string(), anyNumber);

/** A tensor's bytes as they cross a MessagePort. */
export const tensorPayloadSchema = z.object({
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.enum(['float32', 'int32']),
  data: z.custom<Float32Array | Int32Array>(
    (v) => v instanceof Float32Array || v instanceof Int32Array,
    'expected a Float32Array or Int32Array',
  ),
});
export type TensorPayload = z.infer<typeof tensorPayloadSchema>;

/** What an executor needs to rebuild the model: topology plus the compile settings. */
export const modelSpecSchema = z.object({
  /** model.toJSON(null, false): the Keras topology. */
  topology: z.unknown(),
  /** Loss names per output (a custom loss function can't cross a worker boundary). */
  loss: z.union([z.string(), z.array(z.string())]),
  metrics: z.array(z.string()),
  /** tf.serialization class name and config of the optimizer (for averaging mode). */
  optimizer: z.object({ className: z.string(), config: z.record(z.string(), z.unknown()) }),
});
export type ModelSpec = z.infer<typeof modelSpecSchema>;

/**
 * A float32 tensor in memory every executor can map: a sweep's data is copied once into
 * SharedArrayBuffers and every configuration's task carries the same buffers.
 */
export const sharedTensorSchema = z.object({
  buffer: z.custom<SharedArrayBuffer | ArrayBuffer>(
    (v) => isShared(v) || v instanceof ArrayBuffer,
    'expected an ArrayBuffer or SharedArrayBuffer',
  ),
  shape: z.array(z.number().int().nonnegative()),
});
export type SharedTensor = z.infer<typeof sharedTensorSchema>;

/**
 * What a sweep trains on (x, y) and evaluates on (validationData, else x and y again): one
 * tensor each, as sweeps train single-input, single-output models. Rows are the first dimension.
 */
export const sweepDatasetSchema = z.object({
  x: sharedTensorSchema,
  y: sharedTensorSchema,
  evaluation: z.object({ x: sharedTensorSchema, y: sharedTensorSchema }),
});
export type SweepDataset = z.infer<typeof sweepDatasetSchema>;

/** Page -> executor. */
export const executorControlSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    executorId,
    backend: backendChoiceSchema,
    /** The executor's end of its channel to the kernel. */
    port: messagePort,
    /** The page's claim on the cores while it answers the user (pageInputSignal.ts); null where memory can't be shared. */
    pageInput: z.custom<SharedArrayBuffer>(isShared, 'expected a SharedArrayBuffer').nullable(),
  }),
  /** The notebook's backend choice changed: switch after the task in hand (replicas are rebuilt on the new backend). */
  z.object({ type: z.literal('set-backend'), backend: backendChoiceSchema }),
]);
export type ExecutorControl = z.infer<typeof executorControlSchema>;

/** The backend an executor runs on, as it reports it to the page and the kernel. */
const executorBackendFields = {
  /** What it was asked for ('auto' included). */
  choice: backendChoiceSchema,
  /** The TensorFlow.js backend active now (webgpu, wasm, …). */
  backend: z.string(),
  /** The WebGPU adapter (vendor, architecture, whether software) when the backend is webgpu. */
  adapter: z.string().optional(),
  /** Why the backend differs from the choice (auto's pick, a missing kernel, an unavailable backend). */
  note: z.string().optional(),
};
export const executorBackendSchema = z.object(executorBackendFields);
export type ExecutorBackend = z.infer<typeof executorBackendSchema>;

/** Executor -> page. */
export const executorStatusEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), executorId, ...executorBackendFields }),
  /** It switched backend (the notebook's choice, or a pre-flight fallback). */
  z.object({ type: z.literal('backend'), executorId, ...executorBackendFields }),
  z.object({ type: z.literal('fatal'), executorId, message: z.string() }),
]);
export type ExecutorStatusEvent = z.infer<typeof executorStatusEventSchema>;

/**
 * Shared-memory training: run steps [fromStep, toStep) of the job against the shared buffers,
 * all-reducing with the other members of this run. The executors pace themselves with barriers;
 * the driver only starts runs (one per epoch, or again after a member joins, leaves or dies).
 */
const trainStepsFields = {
  modelKey: z.string(),
  buffers: z.custom<SharedJobBuffers>(
    (v) => typeof v === 'object' && v !== null && isShared((v as { control?: unknown }).control),
    "expected the job's shared buffers",
  ),
  /** The run's generation (from the control block): an abort names the run it stops. */
  generation: z.number(),
  /** This executor's place among the run's members (its exchange slot and owned slice). */
  rank: z.number().int().nonnegative(),
  world: z.number().int().positive(),
  mode: z.enum(['sync', 'averaging']),
  /** Training batches of this many rows (the global batch), as makeBatches cuts them. */
  batchSize: z.number().int().positive(),
  trainCount: z.number().int().nonnegative(),
  /** Batches per step: 1 in sync mode, averagingFrequency in averaging mode. */
  batchesPerStep: z.number().int().positive(),
  /** Steps of the job run so far / where this run stops (the end of the current epoch). */
  fromStep: z.number().int().nonnegative(),
  toStep: z.number().int().nonnegative(),
  /** The job step that is the epoch's first: steps count batches from there. */
  epochFirstStep: z.number().int().nonnegative(),
};
export const trainStepsCommandSchema = z.object(trainStepsFields);
export type TrainStepsCommand = z.infer<typeof trainStepsCommandSchema>;

const payloads = z.array(tensorPayloadSchema);

/** Kernel -> executor, over the channel. Every request has an id its reply echoes. */
export const executorTaskSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('load-model'), id: z.number(), modelKey: z.string(), spec: modelSpecSchema }),
  /** sync mode: gradients of the mean loss on this shard at the given weights. */
  z.object({ type: z.literal('gradients'), id: z.number(), modelKey: z.string(), weights: payloads, x: payloads, y: payloads }),
  /** averaging mode: run local minibatches from these weights and optimizer state. */
  z.object({
    type: z.literal('train-local'),
    id: z.number(),
    modelKey: z.string(),
    weights: payloads,
    optimizerWeights: payloads,
    batches: z.array(z.object({ x: payloads, y: payloads })),
  }),
  z.object({ type: z.literal('predict'), id: z.number(), modelKey: z.string(), weights: payloads, x: payloads }),
  z.object({ type: z.literal('release-model'), id: z.number(), modelKey: z.string() }),
  /**
   * The pre-flight check found a kernel this executor's backend lacks: move to the first of
   * `candidates` that starts, dropping replicas (they are rebuilt there), with `note` for the panel.
   */
  z.object({ type: z.literal('use-backend'), id: z.number(), candidates: z.array(z.string()), note: z.string() }),
  /**
   * A sweep configuration: train a whole model on this executor (task parallelism), from these
   * initial weights, in a batch order drawn from `seed`, then predict the evaluation rows.
   */
  z.object({
    type: z.literal('train-config'),
    id: z.number(),
    spec: modelSpecSchema,
    /** Initial weights, in model.getWeights() order. */
    weights: payloads,
    data: sweepDatasetSchema,
    epochs: z.number().int().nonnegative(),
    /** Rows per batch; the last batch of an epoch holds what is left. */
    batchSize: z.number().int().positive(),
    /** Seeds each epoch's permutation of the training rows. */
    seed: z.number(),
  }),
  z.object({ type: z.literal('train-steps'), id: z.number(), ...trainStepsFields }),
]);
export type ExecutorTask = z.infer<typeof executorTaskSchema>;

/** What one executor did in one step of a shared-memory run (an intermediate reply). */
export const stepRecordSchema = z.object({
  step: z.number(),
  executorId,
  /** Rows this executor trained on in the step (0 when the batch had no shard for it). */
  samples: z.number(),
  loss: anyNumber,
  metrics: record,
  /** Forward and backward pass (and reading the shared weights, writing its slot). */
  computeMs: z.number(),
  /** Summing its slice of every slot and applying the optimizer to that slice. */
  exchangeMs: z.number(),
  /** Waiting at the step's two barriers for slower members. */
  waitMs: z.number(),
  /** Wall-clock times (ms since the epoch), comparable across workers. */
  startedAt: z.number(),
  endedAt: z.number(),
});
export type StepRecord = z.infer<typeof stepRecordSchema>;

/** Executor -> kernel replies. */
export const executorReplySchema = z.discriminatedUnion('type', [
  /**
   * Sent at start-up, and again whenever the executor moves to another backend; `replicasDropped`
   * when it no longer holds the models it had loaded.
   */
  z.object({ type: z.literal('hello'), executorId, replicasDropped: z.boolean().optional(), ...executorBackendFields }),
  z.object({ type: z.literal('backend-changed'), id: z.number(), ...executorBackendFields }),
  z.object({ type: z.literal('model-loaded'), id: z.number(), backend: z.string(), note: z.string().optional(), memoryBytes: z.number() }),
  z.object({
    type: z.literal('gradients-result'),
    id: z.number(),
    grads: z.array(floats),
    /**
     * The model's non-trainable weights after the shard's forward pass (BatchNormalization's
     * moving mean and variance), ordered like model.nonTrainableWeights; empty when it has none.
     */
    state: z.array(floats),
    /** Mean loss and metric values on the shard (before the update). */
    loss: anyNumber,
    metrics: record,
    samples: z.number(),
    millis: z.number(),
    memoryBytes: z.number(),
  }),
  z.object({
    type: z.literal('train-local-result'),
    id: z.number(),
    weights: z.array(floats),
    optimizerWeights: payloads,
    loss: anyNumber,
    metrics: record,
    samples: z.number(),
    millis: z.number(),
    memoryBytes: z.number(),
  }),
  z.object({ type: z.literal('predict-result'), id: z.number(), outputs: payloads, millis: z.number(), memoryBytes: z.number() }),
  z.object({ type: z.literal('released'), id: z.number() }),
  /** A train-config task finished an epoch (an intermediate reply; the request stays open). */
  z.object({ type: z.literal('config-epoch'), id: z.number(), epoch: z.number(), logs: record }),
  z.object({
    type: z.literal('train-config-result'),
    id: z.number(),
    /** Final weights in model.getWeights() order. */
    weights: z.array(floats),
    /** Per-epoch means on the training data (loss, acc, …). */
    history: z.record(z.string(), z.array(anyNumber)),
    /** The loss became NaN or infinite: training stopped there (not an error; the sweep goes on). */
    diverged: z.boolean(),
    divergedAt: z.object({ epoch: z.number(), batch: z.number() }).optional(),
    /** Predictions for the evaluation rows (rows × outputs) and their mean loss; null when diverged. */
    evaluation: z.object({ loss: anyNumber.nullable(), predictions: floats }).nullable(),
    millis: z.number(),
    memoryBytes: z.number(),
  }),
  /**
   * What the steps of a train-steps run did, sent every ~100 ms and when the run ends (not after
   * every step: each message wakes the kernel's thread, which shares the cores with the executors).
   * The request stays open.
   */
  z.object({ type: z.literal('step-records'), id: z.number(), records: z.array(stepRecordSchema) }),
  /**
   * A train-steps run ended: it reached toStep, or the committing executor saw a stop request
   * (halted), or the run was aborted because a member died or failed (aborted). The driver reads
   * the committed step from the control block.
   */
  z.object({
    type: z.literal('train-steps-result'),
    id: z.number(),
    outcome: z.enum(['completed', 'halted', 'aborted']),
    memoryBytes: z.number(),
  }),
  z.object({ type: z.literal('task-error'), id: z.number(), message: z.string() }),
]);
export type ExecutorReply = z.infer<typeof executorReplySchema>;
