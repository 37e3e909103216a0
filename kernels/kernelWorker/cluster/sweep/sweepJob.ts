/**
 * spark.sweep: trains one model per configuration of a grid, each whole on one executor at a
 * time (task parallelism, like Spark tasks), scheduled by the same task scheduler as every
 * other job (retries, lost executors rerun elsewhere). Configurations with a stored result
 * under the same key are reused, not trained. The sweep and each configuration are jobs in the
 * history; each trained model goes into the repository as `<sweep>/<key>`.
 */
import { preflightExecutors } from '../executorPreflight';
import * as tf from '@tensorflow/tfjs';
import { expandGrid } from '../../../../lib/experiments/sweepGrid';
import { parseSweepOptions } from '../../../../lib/experiments/sweepOptions';
import { SweepProgress } from '../../../../lib/experiments/sweepProgress';
import { sweepCountsText, type SweepRow } from '../../../../lib/experiments/sweepSummary';
import { TaskSet } from '../../../../lib/cluster/taskScheduler';
import { InterruptError } from '../../runtime/interrupt';
import { NO_EXECUTORS_MESSAGE } from '../executorPool';
import { JobRecorder } from '../jobRecorder';
import { runTaskSet } from '../runTaskSet';
import { toList } from '../../../sharedByWorkers/trainingData';
import { trainConfiguration, type ConfigurationOutcome } from './trainConfiguration';
import { prepareConfigurations, type PreparedConfiguration } from './sweepConfigurations';
import { shareSweepData } from './sweepData';
import { storeConfiguration } from './storeConfiguration';
import type { SweepEnvironment } from './sweepEnvironment';

export type { SweepEnvironment };
import { sweepBundle, sweepResult, type SweepResult } from './sweepResult';

function single(t: unknown, what: string): tf.Tensor {
  const list = toList(t as tf.Tensor, what, 'spark.sweep');
  if (list.length !== 1) throw new Error(`spark.sweep: ${what} must be one tensor (sweeps train single-input, single-output models).`);
  return list[0];
}

function evaluationPair(validationData: unknown): [tf.Tensor, tf.Tensor] | null {
  if (validationData === undefined) return null;
  if (!Array.isArray(validationData) || validationData.length !== 2)
    throw new Error('spark.sweep: data.validationData must be an [x, y] pair of tensors.');
  return [single(validationData[0], 'validationData x'), single(validationData[1], 'validationData y')];
}

export async function runSweep(env: SweepEnvironment, input: unknown): Promise<SweepResult> {
  const opts = parseSweepOptions(input);
  const x = single(opts.data.x, 'data.x');
  const y = single(opts.data.y, 'data.y');
  const evaluation = evaluationPair(opts.data.validationData);
  const shared = await shareSweepData(x, y, evaluation);
  const configurations = await prepareConfigurations({
    configurations: expandGrid(opts.grid),
    build: opts.build,
    x,
    y,
    fit: opts.fit,
    fingerprint: shared.fingerprint,
    store: env.models(),
    sweepName: opts.name,
    force: opts.force,
  });
  const jobId = env.newJobId();
  const startedAt = Date.now();
  const progress = new SweepProgress(opts.name, jobId, opts.grid, configurations.length, startedAt);
  const recorder = new JobRecorder(env.jobs, jobId, 'sweep', env.cellId);
  const channel = env.display();
  const displayId = `sweep-${jobId}`;
  const publish = (ended = false) => {
    const summary = progress.summary(ended ? Date.now() : undefined);
    recorder.sweep(summary);
    recorder.position({ step: progress.done, totalSteps: configurations.length, epoch: 0, epochs: 0 });
    return summary;
  };
  const first = configurations[0].model;
  recorder.configure({
    executors: env.pool.size(),
    backends: [...new Set(env.pool.info().map((e) => e.backend))],
    batchSize: opts.fit.batchSize,
    epochs: opts.fit.epochs,
    seed: opts.fit.seed,
    samples: x.shape[0],
    validation: evaluation ? evaluation[0].shape[0] : undefined,
    params: first.countParams(),
    loss: String((first as unknown as { loss?: unknown }).loss ?? ''),
  });
  for (const c of configurations) if (c.stored) progress.set(c.index, c.stored);
  channel?.show(displayId, sweepBundle(publish()));
  const toTrain = configurations.filter((c) => !c.stored);
  env.log(
    `spark.sweep ${opts.name}: ${configurations.length} configurations, ${configurations.length - toTrain.length} reused from the model repository, ${toTrain.length} to train on ${env.pool.size()} executor${env.pool.size() === 1 ? '' : 's'}.`,
  );
  try {
    if (toTrain.length > 0) {
      if (env.pool.size() === 0) throw new Error(`spark.sweep: ${NO_EXECUTORS_MESSAGE}`);
      // The grid varies settings, not layers: the first configuration's kernels stand for all of them.
      await preflightExecutors(toTrain[0].model, env.pool, {
        purpose: { gradients: true, loss: true, optimizer: true },
        doing: 'training',
        debug: false,
        log: env.log,
      });
      await trainAll(env, opts, toTrain, shared, jobId, (index, row) => {
        progress.set(index, row);
        channel?.update(displayId, sweepBundle(publish()));
      });
    }
    const summary = publish(true);
    recorder.finish('succeeded');
    channel?.update(displayId, { 'text/plain': `Sweep ${opts.name}: ${sweepCountsText(summary)}.` });
    return sweepResult(summary);
  } catch (e) {
    const status = e instanceof InterruptError ? 'cancelled' : 'failed';
    publish(true);
    recorder.finish(status, (e as Error)?.message);
    channel?.update(displayId, sweepBundle(progress.summary(Date.now())));
    throw e;
  } finally {
    for (const c of configurations) {
      c.model.dispose();
      c.model.optimizer?.dispose();
    }
  }
}

/** Runs the configurations still to train, one task each, and stores each result as it comes. */
async function trainAll(
  env: SweepEnvironment,
  opts: ReturnType<typeof parseSweepOptions>,
  configurations: PreparedConfiguration[],
  shared: Awaited<ReturnType<typeof shareSweepData>>,
  sweepJobId: string,
  onRow: (index: number, row: SweepRow) => void,
): Promise<void> {
  const tasks = new TaskSet(configurations.map((c) => ({ taskId: `0.${c.index}`, payload: c })));
  let storing = Promise.resolve();
  const jobs = new Map<number, { jobId: string; recorder: JobRecorder }>();
  await runTaskSet<PreparedConfiguration, ConfigurationOutcome>(env.pool, tasks, {
    execute: (executor, configuration, attempt) =>
      trainConfiguration({ env, opts, configuration, executor, attempt, shared, sweepJobId, jobs }),
    onResult: (_taskId, _executor, outcome) => {
      storing = storing.then(async () =>
        onRow(outcome.configuration.index, await storeConfiguration(env, opts, outcome, shared, jobs.get(outcome.configuration.index)!)),
      );
    },
  });
  await storing;
}
