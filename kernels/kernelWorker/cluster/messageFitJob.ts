/**
 * spark.fit over messages, for pages without cross-origin isolation (no SharedArrayBuffer) and
 * optimizers that can't be applied slice by slice. Runs on the kernel's thread.
 *
 * The kernel is the driver and keeps the master copy of the weights and the optimizer, like
 * Spark MLlib's gradient descent (broadcast weights, aggregate gradients). Each step:
 *   sync:      the global batch is cut into one shard per live executor; each returns the
 *              gradient of its shard's mean loss; the driver averages them weighted by shard size
 *              (= the gradient of the whole batch) and applies the model's own optimizer. Which
 *              executor computed a shard, or how many there were, cannot change the result.
 *   averaging: each executor runs `averagingFrequency` local minibatches from the same weights
 *              and optimizer state; the driver averages weights and optimizer state (DL4J's
 *              ParameterAveragingTrainingMaster).
 * A task whose executor dies or throws is retried elsewhere (runTaskSet).
 */
import * as tf from '@tensorflow/tfjs';
import { yieldToEventLoop } from '../../../lib/async/yieldToEventLoop';
import { weightedAverage, weightedMean } from '../../../lib/cluster/averageGradients';
import type { FitOptions } from '../../../lib/cluster/fitOptions';
import { seededPermutation } from '../../../lib/cluster/seededShuffle';
import { makeBatches, shardBatch, type Shard } from '../../../lib/cluster/shardBatch';
import { TaskSet } from '../../../lib/cluster/taskScheduler';
import type { ExecutorId, ExecutorReply, TensorPayload } from '../../wire/kernelExecutorProtocol';
import { transferables } from '../../wire/tensorPayload';
import { checkInterrupt } from '../runtime/interrupt';
import { NO_EXECUTORS_MESSAGE } from './executorPool';
import { formatLogs, validationLogs, type FitContext, type FitData, type SparkHistory } from './fitTypes';
import { taskEvents } from './taskEvents';
import { modelSpec, replicaKey, trainableVariables, weightPayloads } from './modelSpec';
import { runTaskSet } from './runTaskSet';
import { gatherRows, type HostArray } from '../../sharedByWorkers/trainingData';

/** A shard task: which rows of the (permuted) training data, per local minibatch. */
interface ShardPayload {
  samples: number;
  batches: Shard[];
}

/**
 * Sets the model's non-trainable weights (BatchNormalization's moving statistics) to the
 * shard-size-weighted average of the executors' updated copies. A moving mean averaged this way
 * equals the one a single process would compute on the whole batch; a moving variance is the
 * average of the shards' (like PyTorch DDP without SyncBatchNorm), because each shard is
 * normalised with its own batch statistics.
 */
function writeNonTrainable(model: tf.LayersModel, averaged: Float32Array[]) {
  model.nonTrainableWeights.forEach((w, i) => {
    if (!averaged[i]) return;
    const value = tf.tensor(averaged[i], w.read().shape);
    w.write(value);
    value.dispose();
  });
}

export async function runMessageFitJob(model: tf.LayersModel, data: FitData, options: FitOptions, ctx: FitContext): Promise<SparkHistory> {
  const { pool, jobId } = ctx;
  const spec = modelSpec(model, 'spark.fit');
  const modelKey = replicaKey(spec);
  const variables = trainableVariables(model);
  const metricNames = (model as unknown as { metricsNames: string[] }).metricsNames.slice(1);
  const batches = makeBatches(data.trainCount, options.batchSize);
  const stepsPerEpoch = batches.length;
  const stepsPerStage = options.mode === 'averaging' ? options.averagingFrequency : 1;
  const stagesPerEpoch = Math.ceil(stepsPerEpoch / stepsPerStage);
  const totalSteps = stepsPerEpoch * options.epochs;
  const history: SparkHistory = {
    epoch: [],
    history: {},
    params: { ...options, exchange: 'messages', validationData: undefined, samples: data.trainCount, steps: stepsPerEpoch },
    jobId,
    tasks: [],
  };
  let stageNumber = 0;
  let lastProgress = 0;

  const load = () => ({ type: 'load-model' as const, modelKey, spec });

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = options.shuffle
      ? seededPermutation(data.trainCount, options.seed + epoch * 7919)
      : Uint32Array.from({ length: data.trainCount }, (_, i) => i);
    const epochParts: { weight: number; loss: number; metrics: Record<string, number> }[] = [];

    for (let stage = 0; stage < stagesPerEpoch; stage++) {
      checkInterrupt();
      const stageBatches = batches.slice(stage * stepsPerStage, (stage + 1) * stepsPerStage);
      const executors = pool.size();
      if (executors === 0) {
        throw new Error(NO_EXECUTORS_MESSAGE);
      }
      // One task per executor present at the start of the stage; joins/leaves apply from the next.
      const shardsPerBatch = stageBatches.map((b) =>
        shardBatch(b.count, executors).map((s) => ({ start: b.start + s.start, count: s.count })),
      );
      const taskCount = Math.max(...shardsPerBatch.map((s) => s.length));
      const specs = Array.from({ length: taskCount }, (_, t) => {
        const mine = shardsPerBatch.map((s) => s[t]).filter((s): s is Shard => Boolean(s));
        return { taskId: `${stageNumber}.${t}`, payload: { samples: mine.reduce((a, s) => a + s.count, 0), batches: mine } };
      });
      const tasks = new TaskSet<ShardPayload>(specs);
      const weights = weightPayloads(model);
      const optimizerState: TensorPayload[] =
        options.mode === 'averaging'
          ? (await model.optimizer.getWeights()).map((w) => ({
              shape: [...w.tensor.shape],
              dtype: 'float32' as const,
              data: Float32Array.from(w.tensor.dataSync() as Float32Array),
            }))
          : [];
      const results: { weight: number; reply: ExecutorReply }[] = [];

      await runTaskSet(pool, tasks, {
        execute: async (executor: ExecutorId, payload: ShardPayload) => {
          await pool.ensureModel(executor, modelKey, load);
          const cut = (arrays: HostArray[], s: Shard) => arrays.map((a) => gatherRows(a, order, s.start, s.count));
          let reply: ExecutorReply;
          if (options.mode === 'sync') {
            const x = cut(data.xs, payload.batches[0]);
            const y = cut(data.ys, payload.batches[0]);
            reply = await pool.request(executor, { type: 'gradients', modelKey, weights, x, y }, transferables([...x, ...y]));
          } else {
            const local = payload.batches.map((b) => ({ x: cut(data.xs, b), y: cut(data.ys, b) }));
            reply = await pool.request(
              executor,
              { type: 'train-local', modelKey, weights, optimizerWeights: optimizerState, batches: local },
              transferables(local.flatMap((b) => [...b.x, ...b.y])),
            );
          }
          if ('millis' in reply) pool.recordTask(executor, payload.samples, reply.millis);
          return reply;
        },
        onResult: (_taskId, _executor, reply) => {
          const samples = 'samples' in reply ? reply.samples : 0;
          results.push({ weight: samples, reply });
        },
      });
      const stageTasks = taskEvents(stageNumber, tasks.records(), epoch);
      history.tasks.push(...stageTasks);
      ctx.onTasks?.(stageTasks);
      stageNumber++;

      const losses: { weight: number; value: number }[] = [];
      const metricParts: Record<string, { weight: number; value: number }[]> = {};
      for (const { weight, reply } of results) {
        if (reply.type !== 'gradients-result' && reply.type !== 'train-local-result') continue;
        losses.push({ weight, value: reply.loss });
        for (const [k, v] of Object.entries(reply.metrics)) (metricParts[k] ??= []).push({ weight, value: v });
      }

      if (options.mode === 'sync') {
        const replies = results.map(({ weight, reply }) => ({
          weight,
          reply: reply as Extract<ExecutorReply, { type: 'gradients-result' }>,
        }));
        const grads = weightedAverage(replies.map(({ weight, reply }) => ({ weight, tensors: reply.grads })));
        const named: tf.NamedTensorMap = {};
        variables.forEach((v, i) => {
          named[v.name] = tf.tensor(grads[i], v.shape);
        });
        model.optimizer.applyGradients(named);
        tf.dispose(Object.values(named));
        writeNonTrainable(model, weightedAverage(replies.map(({ weight, reply }) => ({ weight, tensors: reply.state }))));
      } else {
        const parts = results
          .map(({ reply }) => reply as Extract<ExecutorReply, { type: 'train-local-result' }>)
          .map((r) => ({ weight: r.samples, r }));
        const avgWeights = weightedAverage(parts.map((p) => ({ weight: p.weight, tensors: p.r.weights })));
        const current = model.getWeights();
        const next = avgWeights.map((w, i) => tf.tensor(w, current[i].shape));
        model.setWeights(next);
        tf.dispose(next);
        if (parts[0].r.optimizerWeights.length) {
          const avgState = weightedAverage(
            parts.map((p) => ({ weight: p.weight, tensors: p.r.optimizerWeights.map((o) => o.data as Float32Array) })),
          );
          const shapes = parts[0].r.optimizerWeights.map((o) => o.shape);
          const named = avgState.map((s, i) => ({ name: `state${i}`, tensor: tf.tensor(s, shapes[i]) }));
          await model.optimizer.setWeights(named);
          tf.dispose(named.map((n) => n.tensor));
        }
      }

      const stepLogs: Record<string, number> = { loss: weightedMean(losses) };
      for (const name of metricNames) if (metricParts[name]) stepLogs[name] = weightedMean(metricParts[name]);
      const stageSamples = results.reduce((a, r) => a + r.weight, 0);
      epochParts.push({ weight: stageSamples, loss: stepLogs.loss, metrics: stepLogs });
      const stepsDone = epoch * stepsPerEpoch + Math.min(stepsPerEpoch, (stage + 1) * stepsPerStage);
      ctx.onStep?.(stepsDone, epoch, stepLogs);
      if (
        options.displayEvery > 0 &&
        Math.floor(stepsDone / options.displayEvery) > Math.floor((stepsDone - stageBatches.length) / options.displayEvery)
      ) {
        ctx.log(`Iter ${stepsDone}/${totalSteps} (epoch ${epoch + 1}): ${formatLogs(stepLogs)} · ${pool.size()} executor(s)`);
      }
      if (Date.now() - lastProgress > 200) {
        lastProgress = Date.now();
        ctx.progress({ status: 'running', step: stepsDone, totalSteps, epoch: epoch + 1, epochs: options.epochs });
      }
      // Let interrupts, panel messages and executor joins through between steps.
      await yieldToEventLoop();
    }

    const epochLogs: Record<string, number> = {};
    for (const key of ['loss', ...metricNames]) {
      const parts = epochParts.filter((p) => key in p.metrics).map((p) => ({ weight: p.weight, value: p.metrics[key] }));
      if (parts.length) epochLogs[key] = weightedMean(parts);
    }
    if (data.validation) Object.assign(epochLogs, await validationLogs(model, data.validation, metricNames, options.batchSize));
    history.epoch.push(epoch);
    for (const [k, v] of Object.entries(epochLogs)) (history.history[k] ??= []).push(v);
    ctx.onEpoch?.(epoch, (epoch + 1) * stepsPerEpoch, epochLogs);
    if (options.verbose) ctx.log(`Epoch ${epoch + 1}/${options.epochs} · ${formatLogs(epochLogs)}`);
  }
  // The last report may have been throttled away: the panel should end on the last step.
  ctx.progress({ status: 'running', step: totalSteps, totalSteps, epoch: options.epochs, epochs: options.epochs });
  return history;
}
