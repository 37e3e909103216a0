/**
 * The memory a shared-memory training job lives in, and where each value sits in it. The driver
 * allocates it once per job; every executor maps the same buffers, so weights, optimizer state
 * and training rows are never copied through messages.
 *
 * Weights and optimizer state are double-buffered: step s reads copy s % 2 (the committed step)
 * and writes copy (s + 1) % 2. An executor that dies in the middle of a step, even halfway
 * through its slice update, leaves the committed copy intact, so the survivors can redo the step.
 *
 * Each executor owns one slot of the exchange buffer. In sync mode a slot holds the executor's
 * gradients and its BatchNormalization statistics; in averaging mode its weights, statistics and
 * optimizer state after its local steps:  [ trainable P | non-trainable Q | state S·P (averaging) ].
 */

/** Words of the control block (an Int32Array over its own SharedArrayBuffer). */
export const Control = {
  /** Bumped by the driver for every run it starts; executors carry it to tell runs apart. */
  generation: 0,
  /** Set to the run's generation to make every executor of that run stop at once (an executor died or failed). */
  abort: 1,
  /** Set by the driver to ask the executors to stop at the next step boundary (interrupt, join, leave). */
  stopRequest: 2,
  /** Steps committed since the job started (the last barrier of a step sets it). */
  committedSteps: 3,
  /**
   * The optimizer's iteration count before step s is word iterations[s % 2]: double-buffered like
   * the weights, so a step redone after a death mid-commit starts from the same count.
   */
  iterations: [4, 8] as const,
  /** Arrivals at the current barrier. */
  barrierCount: 5,
  /** Bumped each time a barrier completes; waiters sleep on this word. */
  barrierPhase: 6,
  /** 1 when the committing executor saw a stop request: every executor returns after this step. */
  halt: 7,
} as const;
export const CONTROL_WORDS = 9;

/** The optimizer's iteration count before job step `step`. */
export function iterationsBefore(control: Int32Array, step: number): number {
  return Atomics.load(control, Control.iterations[step % 2]);
}

/** Where one weight tensor sits in the flat parameter vector. */
export interface FlatEntry {
  shape: number[];
  offset: number;
  size: number;
}

/** The flat order of a model's weights: trainable ones (optimizer order) then non-trainable ones. */
export interface FlatLayout {
  trainable: FlatEntry[];
  nonTrainable: FlatEntry[];
  /** Elements of all trainable weights (P). */
  trainableSize: number;
  /** Elements of all non-trainable weights (Q), e.g. BatchNormalization's moving statistics. */
  nonTrainableSize: number;
  /** Per-element optimizer state arrays (S), e.g. 2 for Adam's moments. */
  stateCount: number;
}

/** Lays out weights of the given shapes end to end. */
export function flatLayout(trainableShapes: number[][], nonTrainableShapes: number[][], stateCount: number): FlatLayout {
  let offset = 0;
  const place = (shape: number[]): FlatEntry => {
    const size = shape.reduce((a, b) => a * b, 1);
    const entry = { shape: [...shape], offset, size };
    offset += size;
    return entry;
  };
  const trainable = trainableShapes.map(place);
  const trainableSize = offset;
  const nonTrainable = nonTrainableShapes.map(place);
  return { trainable, nonTrainable, trainableSize, nonTrainableSize: offset - trainableSize, stateCount };
}

/** The sync-mode or averaging-mode length of one executor's exchange slot. */
export function slotLength(layout: FlatLayout, mode: 'sync' | 'averaging'): number {
  const base = layout.trainableSize + layout.nonTrainableSize;
  return mode === 'sync' ? base : base + layout.stateCount * layout.trainableSize;
}

/** One input or target array of the training data, rows end to end in shared memory. */
export interface SharedArraySpec {
  buffer: SharedArrayBuffer;
  shape: number[];
  dtype: 'float32' | 'int32';
}

/** Everything an executor maps for a job: sent with each run command (a SharedArrayBuffer crosses by reference). */
export interface SharedJobBuffers {
  control: SharedArrayBuffer;
  /** Two copies of [trainable | non-trainable] (the committed step and the one in progress). */
  weights: [SharedArrayBuffer, SharedArrayBuffer];
  /** Two copies of the S per-element optimizer state arrays, each P long, end to end. */
  optimizerState: [SharedArrayBuffer, SharedArrayBuffer];
  /** `slots` exchange slots of `slotLength` floats each. */
  exchange: SharedArrayBuffer;
  slots: number;
  slotLength: number;
  /** The epoch's sample order (a permutation of the training rows). */
  order: SharedArrayBuffer;
  xs: SharedArraySpec[];
  ys: SharedArraySpec[];
}

const FLOAT = Float32Array.BYTES_PER_ELEMENT;

/** Allocates a job's buffers, zeroed; the driver then writes the model's weights and state in. */
export function allocateSharedJob(args: {
  layout: FlatLayout;
  mode: 'sync' | 'averaging';
  slots: number;
  trainCount: number;
  xs: { shape: number[]; dtype: 'float32' | 'int32' }[];
  ys: { shape: number[]; dtype: 'float32' | 'int32' }[];
}): SharedJobBuffers {
  const { layout, mode, slots } = args;
  const weightsBytes = (layout.trainableSize + layout.nonTrainableSize) * FLOAT;
  const stateBytes = Math.max(1, layout.stateCount * layout.trainableSize) * FLOAT;
  const length = slotLength(layout, mode);
  const data = (a: { shape: number[]; dtype: 'float32' | 'int32' }): SharedArraySpec => ({
    buffer: new SharedArrayBuffer(Math.max(4, a.shape.reduce((x, y) => x * y, 1) * 4)),
    shape: [...a.shape],
    dtype: a.dtype,
  });
  return {
    control: new SharedArrayBuffer(CONTROL_WORDS * Int32Array.BYTES_PER_ELEMENT),
    weights: [new SharedArrayBuffer(weightsBytes), new SharedArrayBuffer(weightsBytes)],
    optimizerState: [new SharedArrayBuffer(stateBytes), new SharedArrayBuffer(stateBytes)],
    exchange: new SharedArrayBuffer(Math.max(1, slots * length) * FLOAT),
    slots,
    slotLength: length,
    order: new SharedArrayBuffer(Math.max(1, args.trainCount) * Uint32Array.BYTES_PER_ELEMENT),
    xs: args.xs.map(data),
    ys: args.ys.map(data),
  };
}

/** Typed views over a job's buffers. */
export interface SharedJobViews {
  control: Int32Array;
  weights: [Float32Array, Float32Array];
  /** state[copy][k]: the k-th per-element state array of that copy. */
  state: [Float32Array[], Float32Array[]];
  slot(rank: number): Float32Array;
  order: Uint32Array;
}

export function mapSharedJob(buffers: SharedJobBuffers, layout: FlatLayout): SharedJobViews {
  const stateArrays = (buffer: SharedArrayBuffer) =>
    Array.from({ length: layout.stateCount }, (_, k) => new Float32Array(buffer, k * layout.trainableSize * FLOAT, layout.trainableSize));
  return {
    control: new Int32Array(buffers.control),
    weights: [new Float32Array(buffers.weights[0]), new Float32Array(buffers.weights[1])],
    state: [stateArrays(buffers.optimizerState[0]), stateArrays(buffers.optimizerState[1])],
    slot: (rank) => {
      if (rank < 0 || rank >= buffers.slots) throw new RangeError(`No exchange slot ${rank}: the job has ${buffers.slots}.`);
      return new Float32Array(buffers.exchange, rank * buffers.slotLength * FLOAT, buffers.slotLength);
    },
    order: new Uint32Array(buffers.order),
  };
}

/** The contiguous range [from, to) of `total` elements that executor `rank` of `world` reduces and updates. */
export function ownedRange(total: number, rank: number, world: number): { from: number; to: number } {
  const base = Math.floor(total / world);
  const extra = total % world;
  const from = rank * base + Math.min(rank, extra);
  return { from, to: from + base + (rank < extra ? 1 : 0) };
}
