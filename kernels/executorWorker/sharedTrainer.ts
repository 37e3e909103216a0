/**
 * An executor's side of shared-memory training (runs on the executor's worker thread). For each
 * step of its run it reads the committed weights from shared memory, computes its shard, writes
 * its slot, meets the other members at a barrier, then reduces and updates the slice of the
 * parameters it owns (ZeRO-1: every slice is updated once, by one executor, with that slice's
 * optimizer state), and meets them again; the last to arrive commits the step.
 *
 *   sync:      slot = gradient of its shard's mean loss; the owner of a slice sums the slots
 *              weighted by shard size (= the whole batch's gradient) and applies the optimizer.
 *   averaging: the executor first runs `batchesPerStep` local optimizer steps on its own copy;
 *              slot = its weights and optimizer state; the owner averages them (DL4J's
 *              parameter averaging).
 */
import * as tf from '@tensorflow/tfjs';
import type { ElementwiseOptimizer } from '../../lib/cluster/elementwiseOptimizers';
import { arriveAndWait, abortRun } from '../../lib/cluster/sharedBarrier';
import {
  Control,
  iterationsBefore,
  mapSharedJob,
  ownedRange,
  slotLength,
  type FlatLayout,
  type SharedArraySpec,
  type SharedJobViews,
} from '../../lib/cluster/sharedLayout';
import { makeBatches, shardBatch, type Shard } from '../../lib/cluster/shardBatch';
import { sampleShares, weightedSliceSum } from '../../lib/cluster/sliceReduce';
import type { ExecutorId, StepRecord, TrainStepsCommand } from '../wire/kernelExecutorProtocol';
import type { HostArray } from '../sharedByWorkers/trainingData';
import { tensorOfRows } from './backendMemory';
import { loadFlatWeights, writeFlat } from './flatWeights';
import type { ModelReplica } from './modelReplica';

/** Points in a step where the test cluster may kill or fail an executor. */
export type StepPhase = 'compute' | 'all-reduce' | 'update' | 'commit';

/** Test hooks: called at each phase; return true if the executor is now dead (stop silently). */
export type PhaseHook = (phase: StepPhase, step: number) => boolean;

/** The executor was killed by a test hook: it must neither write nor reply again. */
export class ExecutorKilled extends Error {}

const now = () => performance.timeOrigin + performance.now();

/** How often step records go to the driver (each message wakes the kernel's thread). */
const REPORT_INTERVAL_MS = 100;

/** Elements per block of the fused reduce-and-update (64 KB of float32: stays in L2). */
const UPDATE_BLOCK = 16384;

function hostArray(spec: SharedArraySpec): HostArray {
  const values = spec.dtype === 'int32' ? new Int32Array(spec.buffer) : new Float32Array(spec.buffer);
  return { shape: spec.shape, rowSize: spec.shape.slice(1).reduce((a, b) => a * b, 1), dtype: spec.dtype, values };
}

interface StepResult {
  samples: number;
  loss: number;
  metrics: Record<string, number>;
}

export class SharedTrainer {
  private readonly views: SharedJobViews;
  private readonly xs: HostArray[];
  private readonly ys: HostArray[];
  private readonly batches: Shard[];
  private readonly slots: Float32Array[];
  /** The reduced gradient of the owned slice (sync), indexed like the parameters. */
  private readonly reduced: Float32Array;
  private readonly paramCount: number;

  constructor(
    private readonly replica: ModelReplica,
    private readonly layout: FlatLayout,
    private readonly optimizer: ElementwiseOptimizer,
    private readonly command: TrainStepsCommand,
    private readonly executorId: ExecutorId,
    private readonly hook: PhaseHook | undefined,
    /** Awaited before each step: the page may claim the cores to answer the user (pageInputSignal.ts). */
    private readonly beforeStep: () => Promise<unknown> = async () => {},
  ) {
    const { buffers, world, mode } = command;
    if (buffers.slotLength !== slotLength(layout, mode)) {
      throw new Error(
        `This executor's model has a different shape from the driver's (slot of ${slotLength(layout, mode)} values, job has ${buffers.slotLength}).`,
      );
    }
    if (world > buffers.slots) throw new Error(`The job has ${buffers.slots} exchange slots for ${world} executors.`);
    this.views = mapSharedJob(buffers, layout);
    this.xs = buffers.xs.map(hostArray);
    this.ys = buffers.ys.map(hostArray);
    this.batches = makeBatches(command.trainCount, command.batchSize);
    this.slots = Array.from({ length: world }, (_, k) => this.views.slot(k));
    this.paramCount = layout.trainableSize + layout.nonTrainableSize;
    this.reduced = mode === 'sync' ? new Float32Array(layout.trainableSize) : new Float32Array(0);
  }

  private checkpoint(phase: StepPhase, step: number) {
    if (this.hook?.(phase, step)) throw new ExecutorKilled();
  }

  /** The batches of one job step (one in sync mode, up to averagingFrequency in averaging mode). */
  private stepBatches(step: number): Shard[] {
    const first = (step - this.command.epochFirstStep) * this.command.batchesPerStep;
    return this.batches.slice(first, first + this.command.batchesPerStep);
  }

  private shard(batch: Shard): Shard | undefined {
    const mine = shardBatch(batch.count, this.command.world)[this.command.rank];
    return mine && { start: batch.start + mine.start, count: mine.count };
  }

  /**
   * Gradients of the replica's loss on rows [start, start+count) of the epoch's order, copied
   * into `target` (trainable part) with the statistics after the forward pass (non-trainable part).
   */
  private async gradientsInto(rows: Shard, target: Float32Array, statistics: Float32Array) {
    const order = this.views.order;
    const x = this.xs.map((a) => tensorOfRows(a, order, rows.start, rows.count));
    const y = this.ys.map((a) => tensorOfRows(a, order, rows.start, rows.count));
    try {
      return await this.replica.gradientsWith(x, y, (grads, state) => {
        writeFlat(target, this.layout.trainable, grads);
        writeFlat(statistics, this.layout.nonTrainable, state);
      });
    } finally {
      tf.dispose([...x, ...y]);
    }
  }

  /**
   * Runs the command's steps; resolves 'halted' when the driver asked to stop at a step boundary.
   * Step records go to `report` in batches, every REPORT_INTERVAL_MS and when the run ends.
   */
  async run(report: (records: StepRecord[]) => void): Promise<'completed' | 'halted'> {
    const { control } = this.views;
    const { generation } = this.command;
    let pending: StepRecord[] = [];
    let lastReport = now();
    const flush = () => {
      if (pending.length) report(pending);
      pending = [];
      lastReport = now();
    };
    try {
      for (let step = this.command.fromStep; step < this.command.toStep; step++) {
        await this.beforeStep();
        const started = now();
        const result = this.command.mode === 'sync' ? await this.computeSync(step) : await this.computeAveraging(step);
        const computed = now();
        this.checkpoint('compute', step);
        await arriveAndWait(control, this.command.world, generation);
        const reduceStart = now();
        this.checkpoint('all-reduce', step);
        this.reduceAndUpdate(step);
        const reduced = now();
        this.checkpoint('commit', step);
        await arriveAndWait(control, this.command.world, generation, () => this.commit(step));
        const ended = now();
        pending.push({
          step,
          executorId: this.executorId,
          ...result,
          computeMs: computed - started,
          exchangeMs: reduced - reduceStart,
          waitMs: reduceStart - computed + (ended - reduced),
          startedAt: started,
          endedAt: ended,
        });
        if (ended - lastReport >= REPORT_INTERVAL_MS) flush();
        if (Atomics.load(control, Control.halt) === 1 && step + 1 < this.command.toStep) {
          flush();
          return 'halted';
        }
      }
      flush();
      return 'completed';
    } catch (e) {
      // The steps this executor finished are committed: the history should have them.
      if (!(e instanceof ExecutorKilled)) flush();
      // Our own failure must not leave the others waiting for us at a barrier.
      if (!(e instanceof ExecutorKilled)) abortRun(control, generation);
      throw e;
    }
  }

  /** The last member to finish a step makes it the committed one, and decides whether to halt. */
  private commit(step: number) {
    const { control } = this.views;
    const applied = this.command.mode === 'sync' ? 1 : this.stepBatches(step).length;
    Atomics.store(control, Control.iterations[(step + 1) % 2], iterationsBefore(control, step) + applied);
    Atomics.store(control, Control.halt, Atomics.load(control, Control.stopRequest) ? 1 : 0);
    Atomics.store(control, Control.committedSteps, step + 1);
  }

  private async computeSync(step: number): Promise<StepResult> {
    const [batch] = this.stepBatches(step);
    const rows = this.shard(batch);
    if (!rows) return { samples: 0, loss: 0, metrics: {} };
    loadFlatWeights(this.replica, this.views.weights[step % 2], this.layout);
    const slot = this.slots[this.command.rank];
    const g = await this.gradientsInto(rows, slot, slot);
    return { samples: rows.count, loss: g.loss, metrics: g.metrics };
  }

  private async computeAveraging(step: number): Promise<StepResult> {
    const { layout, optimizer } = this;
    const P = layout.trainableSize;
    const current = step % 2;
    const slot = this.slots[this.command.rank];
    // The slot is this executor's private working copy until the barrier: [weights | stats | state].
    slot.set(this.views.weights[current], 0);
    const state = this.views.state[current].map((s, k) => {
      const view = slot.subarray(this.paramCount + k * P, this.paramCount + (k + 1) * P);
      view.set(s);
      return view;
    });
    const weights = slot.subarray(0, this.paramCount);
    const grads = new Float32Array(P);
    let iteration = iterationsBefore(this.views.control, step);
    let samples = 0;
    let lossSum = 0;
    const metricSums: Record<string, number> = {};
    for (const batch of this.stepBatches(step)) {
      const rows = this.shard(batch);
      if (!rows) continue;
      loadFlatWeights(this.replica, weights, layout);
      // Statistics go straight into the working copy; the optimizer leaves that part alone.
      const g = await this.gradientsInto(rows, grads, weights);
      const params = weights.subarray(0, P);
      optimizer.update({ weights: params, grads, state, nextWeights: params, nextState: state, from: 0, to: P, iteration });
      iteration++;
      samples += rows.count;
      lossSum += g.loss * rows.count;
      for (const [k, v] of Object.entries(g.metrics)) metricSums[k] = (metricSums[k] ?? 0) + v * rows.count;
    }
    const metrics: Record<string, number> = {};
    for (const [k, v] of Object.entries(metricSums)) metrics[k] = v / samples;
    return { samples, loss: samples ? lossSum / samples : 0, metrics };
  }

  /** Every member's sample count in this step, in rank order (the shares of the weighted sum). */
  private memberSamples(step: number): number[] {
    const counts = new Array<number>(this.command.world).fill(0);
    for (const batch of this.stepBatches(step)) {
      shardBatch(batch.count, this.command.world).forEach((s, k) => (counts[k] += s.count));
    }
    return counts;
  }

  private reduceAndUpdate(step: number) {
    const { layout, command } = this;
    const P = layout.trainableSize;
    const shares = sampleShares(this.memberSamples(step));
    const current = step % 2;
    const next = 1 - current;
    const nextWeights = this.views.weights[next];
    const { from, to } = ownedRange(command.buffers.slotLength, command.rank, command.world);
    if (command.mode === 'averaging') {
      // Weights and statistics, then each state array: all plain weighted averages.
      const end = Math.min(to, this.paramCount);
      if (from < end) weightedSliceSum(this.slots, shares, from, end, nextWeights);
      this.views.state[next].forEach((array, k) => {
        const base = this.paramCount + k * P;
        const lo = Math.max(from, base);
        const hi = Math.min(to, base + P);
        if (lo < hi) weightedSliceSum(this.slots, shares, lo, hi, array, base);
      });
      return;
    }
    const gradEnd = Math.min(to, P);
    if (from < gradEnd) {
      const iteration = iterationsBefore(this.views.control, step);
      const weights = this.views.weights[current].subarray(0, P);
      const params = nextWeights.subarray(0, P);
      // A lone member's slot already is the batch gradient (its share is exactly 1).
      const alone = shares.filter((share) => share > 0).length === 1 && shares[command.rank] === 1;
      const grads = alone ? this.slots[command.rank].subarray(0, P) : this.reduced;
      const mid = from + Math.floor((gradEnd - from) / 2);
      // Block by block, so the summed gradient is still in cache when the optimizer reads it.
      for (let lo = from; lo < gradEnd; lo += UPDATE_BLOCK) {
        const hi = Math.min(gradEnd, lo + UPDATE_BLOCK);
        if (!alone) weightedSliceSum(this.slots, shares, lo, hi, this.reduced);
        this.optimizer.update({
          weights,
          grads,
          state: this.views.state[current],
          nextWeights: params,
          nextState: this.views.state[next],
          from: lo,
          to: hi,
          iteration,
        });
        // A test may kill the executor here, with its slice half written.
        if (lo < mid && hi >= mid) this.checkpoint('update', step);
      }
    }
    const lo = Math.max(from, P);
    if (lo < to) weightedSliceSum(this.slots, shares, lo, to, nextWeights);
  }
}
