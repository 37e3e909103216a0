/**
 * spark.fit in shared memory (kernel thread): the executors hold replicas, all-reduce among
 * themselves and pace themselves with barriers (kernels/executorWorker/sharedTrainer.ts); the driver
 * only lays out the job's shared buffers, starts runs, and turns the executors' step reports
 * into the live chart and the job history. Like Horovod or PyTorch DDP, not like Spark MLlib's
 * broadcast-and-aggregate: no weights or gradients pass through this thread while a run goes on.
 *
 * A run covers the rest of an epoch with the executors present when it starts. It ends early
 * when a member joins (stop at the next step boundary, then a new run includes it), when the
 * user interrupts, or when a member dies or fails (the run is aborted; the survivors redo the
 * step from the committed copy with the shards recut, so the result is as if nothing happened).
 */
import type * as tf from '@tensorflow/tfjs';
import type { ElementwiseOptimizer } from '../../../lib/cluster/elementwiseOptimizers';
import type { FitOptions } from '../../../lib/cluster/fitOptions';
import { seededPermutation } from '../../../lib/cluster/seededShuffle';
import { allocateSharedJob, Control, mapSharedJob, type SharedJobBuffers } from '../../../lib/cluster/sharedLayout';
import { makeBatches } from '../../../lib/cluster/shardBatch';
import { MAX_TASK_ATTEMPTS } from '../../../lib/cluster/taskScheduler';
import type { ExecutorId, TrainStepsCommand } from '../../wire/kernelExecutorProtocol';
import { InterruptError, checkInterrupt } from '../runtime/interrupt';
import { ExecutorLostError } from './executorPool';
import { formatLogs, validationLogs, type FitContext, type FitData, type SparkHistory } from './fitTypes';
import type { TaskEvent } from '../../../lib/jobs/jobRecord';
import { compiledInternals } from '../../sharedByWorkers/layersInternals';
import { modelSpec, replicaKey } from './modelSpec';
import { modelLayout, readModelFromShared, readWeightsFromShared, writeModelToShared } from './sharedModelState';
import { activeExecutorLimit } from './activeExecutors';
import { runMembers, someExecutors, type RunOutcome } from './sharedRun';
import { StepAggregator, type AggregatedStep } from './stepAggregator';

/**
 * Progress reports to the page at most this often: each one re-renders the panel on the page's
 * thread, which on a two-core machine shares the cores with the executors.
 */
const PROGRESS_INTERVAL_MS = 500;

/** A copy of the training data in shared memory, made once per job. */
function shareTrainingData(data: FitData, buffers: SharedJobBuffers) {
  const copy = (specs: SharedJobBuffers['xs'], arrays: FitData['xs']) =>
    specs.forEach((spec, i) => {
      const target = spec.dtype === 'int32' ? new Int32Array(spec.buffer) : new Float32Array(spec.buffer);
      target.set(arrays[i].values);
    });
  copy(buffers.xs, data.xs);
  copy(buffers.ys, data.ys);
}

export async function runSharedFitJob(
  model: tf.LayersModel,
  data: FitData,
  options: FitOptions,
  ctx: FitContext,
  optimizer: ElementwiseOptimizer,
): Promise<SparkHistory> {
  const { pool, jobId } = ctx;
  const spec = modelSpec(model, 'spark.fit');
  const modelKey = replicaKey(spec);
  const metricNames = compiledInternals(model).metricsNames.slice(1);
  const batches = makeBatches(data.trainCount, options.batchSize);
  const batchesPerStep = options.mode === 'sync' ? 1 : options.averagingFrequency;
  const stepsPerEpoch = Math.ceil(batches.length / batchesPerStep);
  const totalBatches = batches.length * options.epochs;
  const layout = modelLayout(model, optimizer);
  const shape = (a: FitData['xs'][number]) => ({ shape: a.shape, dtype: a.dtype });
  let buffers = allocateSharedJob({
    layout,
    mode: options.mode,
    slots: Math.max(1, pool.size()),
    trainCount: data.trainCount,
    xs: data.xs.map(shape),
    ys: data.ys.map(shape),
  });
  const views = mapSharedJob(buffers, layout);
  shareTrainingData(data, buffers);
  await writeModelToShared(model, optimizer, layout, views);

  const history: SparkHistory = {
    epoch: [],
    history: {},
    params: { ...options, exchange: 'shared-memory', validationData: undefined, samples: data.trainCount, steps: batches.length },
    jobId,
    tasks: [],
  };
  /** Failed or lost tries of each step so far (a step is retried up to MAX_TASK_ATTEMPTS times). */
  const attempts = new Map<number, number>();
  let members: ExecutorId[] = [];
  let epochParts: { weight: number; logs: Record<string, number> }[] = [];
  let lastProgress = 0;
  const limit = activeExecutorLimit();
  let standbyNoted = false;

  const batchesDone = (step: number) => {
    const epoch = Math.floor(step / stepsPerEpoch);
    return epoch * batches.length + Math.min(batches.length, (step - epoch * stepsPerEpoch + 1) * batchesPerStep);
  };
  const onStep = ({ step, samples, logs, tasks }: AggregatedStep) => {
    const epoch = Math.floor(step / stepsPerEpoch);
    history.tasks.push(...tasks);
    ctx.onTasks?.(tasks);
    for (const t of tasks)
      if (t.phases) pool.recordTask(t.executor as ExecutorId, t.samples, t.phases.computeMs + t.phases.exchangeMs + t.phases.waitMs);
    if (!samples) return;
    epochParts.push({ weight: samples, logs });
    const done = batchesDone(step);
    ctx.onStep?.(done, epoch, logs);
    const before = done - Math.min(batchesPerStep, done - epoch * batches.length);
    if (options.displayEvery > 0 && Math.floor(done / options.displayEvery) > Math.floor(before / options.displayEvery)) {
      ctx.log(`Iter ${done}/${totalBatches} (epoch ${epoch + 1}): ${formatLogs(logs)} · ${members.length} executor(s)`);
    }
    if (Date.now() - lastProgress > PROGRESS_INTERVAL_MS) {
      lastProgress = Date.now();
      ctx.progress({ status: 'running', step: done, totalSteps: totalBatches, epoch: epoch + 1, epochs: options.epochs });
    }
  };
  const aggregator = new StepAggregator(
    metricNames,
    (step) => ({
      epoch: Math.floor(step / stepsPerEpoch),
      attempt: (attempts.get(step) ?? 0) + 1,
      rankOf: (id) => members.indexOf(id as ExecutorId),
    }),
    onStep,
  );

  /** One run of steps [from, to) on the current members. */
  const run = (from: number, to: number, epochFirstStep: number) =>
    runMembers(pool, members, {
      control: views.control,
      limit,
      command: (generation, rank, world): TrainStepsCommand => ({
        modelKey,
        buffers,
        generation,
        rank,
        world,
        mode: options.mode,
        batchSize: options.batchSize,
        trainCount: data.trainCount,
        batchesPerStep,
        fromStep: from,
        toStep: to,
        epochFirstStep,
      }),
      onStep: (record, world) => aggregator.add(record, world),
      onDriverTime: (ms) => aggregator.addDriverTime(ms),
    });

  /** Records a step's failed try in the history; throws once the step has used all its attempts. */
  const recordFailure = (step: number, epoch: number, outcome: RunOutcome) => {
    const attempt = (attempts.get(step) ?? 0) + 1;
    attempts.set(step, attempt);
    const now = Date.now();
    const events: TaskEvent[] = [
      ...outcome.lost.map((l) => ({
        executor: l.executor,
        rank: l.rank,
        outcome: 'lost' as const,
        error: `executor ${l.executor} was lost while running step ${step} (${l.reason})`,
      })),
      ...outcome.failed.map((f) => ({ executor: f.executor, rank: f.rank, outcome: 'failed' as const, error: f.message })),
    ].map((e) => ({
      stage: step,
      epoch,
      taskId: `${step}.${e.rank}`,
      executor: e.executor,
      attempt,
      samples: 0,
      startedAt: now,
      endedAt: now,
      outcome: e.outcome,
      error: e.error,
    }));
    history.tasks.push(...events);
    ctx.onTasks?.(events);
    if (attempt >= MAX_TASK_ATTEMPTS) {
      const last = events.at(-1)!;
      throw new Error(
        `Task ${last.taskId} failed ${attempt} times; last error on executor ${last.executor}: ${last.error ?? 'executor lost'}`,
      );
    }
  };

  /** Every member has this job's replica (built once per executor, as on the message path). */
  const loadReplicas = async (epoch: number, step: number) => {
    const load = () => ({ type: 'load-model' as const, modelKey, spec });
    const results = await Promise.allSettled(members.map((id) => pool.ensureModel(id, modelKey, load)));
    const failed = results.flatMap((r, rank) =>
      r.status === 'rejected' && !(r.reason instanceof ExecutorLostError)
        ? [{ executor: members[rank], rank, message: (r.reason as Error).message }]
        : [],
    );
    if (failed.length) recordFailure(step, epoch, { lost: [], failed, interrupted: false });
    return results.every((r) => r.status === 'fulfilled');
  };

  try {
    let committed = 0;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const order = options.shuffle
        ? seededPermutation(data.trainCount, options.seed + epoch * 7919)
        : Uint32Array.from({ length: data.trainCount }, (_, i) => i);
      views.order.set(order);
      epochParts = [];
      const epochFirst = epoch * stepsPerEpoch;
      const epochEnd = epochFirst + stepsPerEpoch;
      while (committed < epochEnd) {
        checkInterrupt();
        const live = await someExecutors(pool);
        members = live.slice(0, limit);
        if (live.length > members.length && !standbyNoted && options.verbose) {
          standbyNoted = true;
          ctx.log(
            `Training on ${members.length} of ${live.length} executors: this machine has ${limit} CPU cores, and a step waits for its slowest executor. ` +
              'The others stand by and take over if one is lost.',
          );
        }
        if (!(await loadReplicas(epoch, committed))) continue;
        if (members.length > buffers.slots) {
          // More members than slots (a worker joined): a bigger exchange buffer, between runs.
          buffers = {
            ...buffers,
            slots: members.length,
            exchange: new SharedArrayBuffer(members.length * buffers.slotLength * Float32Array.BYTES_PER_ELEMENT),
          };
        }
        const outcome = await run(committed, epochEnd, epochFirst);
        committed = Atomics.load(views.control, Control.committedSteps);
        if ((outcome.lost.length || outcome.failed.length) && committed < epochEnd) recordFailure(committed, epoch, outcome);
        if (outcome.interrupted) throw new InterruptError();
      }
      aggregator.flushAll();
      readWeightsFromShared(model, layout, views);
      const epochLogs: Record<string, number> = {};
      for (const key of ['loss', ...metricNames]) {
        const parts = epochParts.filter((p) => key in p.logs).map((p) => ({ weight: p.weight, value: p.logs[key] }));
        if (parts.length) epochLogs[key] = parts.reduce((a, p) => a + p.weight * p.value, 0) / parts.reduce((a, p) => a + p.weight, 0);
      }
      if (data.validation) Object.assign(epochLogs, await validationLogs(model, data.validation, metricNames, options.batchSize));
      history.epoch.push(epoch);
      for (const [k, v] of Object.entries(epochLogs)) (history.history[k] ??= []).push(v);
      ctx.onEpoch?.(epoch, (epoch + 1) * batches.length, epochLogs);
      if (options.verbose) ctx.log(`Epoch ${epoch + 1}/${options.epochs} · ${formatLogs(epochLogs)}`);
    }
    history.timing = aggregator.timing();
    // The last report may have been throttled away: the panel should end on the last step.
    ctx.progress({ status: 'running', step: totalBatches, totalSteps: totalBatches, epoch: options.epochs, epochs: options.epochs });
    return history;
  } finally {
    aggregator.flushAll();
    // The notebook's model holds the last committed step, also after a failure or an interrupt.
    await readModelFromShared(model, optimizer, layout, views);
  }
}
