/**
 * One attempt at one configuration on one executor: the configuration's own fit job (created at
 * the first attempt, its epochs cleared on a retry), the train-config task, and its outcome. A
 * task that fails on the executor (an error in training, not a lost executor) is an outcome too:
 * the configuration is marked failed and the sweep goes on.
 */
import type { ExecutorId, ExecutorReply } from '../../../wire/kernelExecutorProtocol';
import type { SweepOptions } from '../../../../lib/experiments/sweepOptions';
import { ExecutorLostError, TaskFailedError } from '../executorPool';
import { JobRecorder } from '../jobRecorder';
import type { PreparedConfiguration } from './sweepConfigurations';
import type { shareSweepData } from './sweepData';
import type { SweepEnvironment } from './sweepEnvironment';

export interface ConfigurationOutcome {
  configuration: PreparedConfiguration;
  reply?: Extract<ExecutorReply, { type: 'train-config-result' }>;
  error?: string;
}

export interface ConfigurationJob {
  jobId: string;
  recorder: JobRecorder;
}

function optimizerConfig(c: PreparedConfiguration) {
  const lr = c.spec.optimizer.config.learningRate;
  return { optimizer: c.spec.optimizer.className, learningRate: typeof lr === 'number' ? lr : undefined };
}

/** A numeric `seed` in the grid also seeds the batch order; otherwise the fit options' seed does. */
export function batchOrderSeed(c: PreparedConfiguration, fitSeed: number): number {
  return typeof c.values.seed === 'number' && Number.isInteger(c.values.seed) ? c.values.seed : fitSeed;
}

export async function trainConfiguration(args: {
  env: SweepEnvironment;
  opts: SweepOptions;
  configuration: PreparedConfiguration;
  executor: ExecutorId;
  attempt: number;
  shared: Awaited<ReturnType<typeof shareSweepData>>;
  sweepJobId: string;
  jobs: Map<number, ConfigurationJob>;
}): Promise<ConfigurationOutcome> {
  const { env, opts, configuration: c, executor, attempt, shared } = args;
  let job = args.jobs.get(c.index);
  if (!job) {
    const jobId = env.newJobId();
    job = { jobId, recorder: new JobRecorder(env.jobs, jobId, 'fit', env.cellId) };
    job.recorder.partOf(args.sweepJobId);
    job.recorder.configure({
      executors: 1,
      backends: [...new Set(env.pool.info().map((e) => e.backend))],
      ...optimizerConfig(c),
      loss: String(c.spec.loss),
      batchSize: opts.fit.batchSize,
      epochs: opts.fit.epochs,
      seed: batchOrderSeed(c, opts.fit.seed),
      samples: shared.data.x.shape[0],
      validation: shared.data.evaluation.x.shape[0],
      params: c.model.countParams(),
    });
    args.jobs.set(c.index, job);
  } else {
    job.recorder.restart();
  }
  const recorder = job.recorder;
  const startedAt = Date.now();
  const task = {
    stage: 0,
    epoch: 0,
    taskId: `0.${c.index}`,
    executor,
    attempt,
    samples: shared.data.x.shape[0] * opts.fit.epochs,
    startedAt,
  };
  try {
    const reply = await env.pool.request(
      executor,
      {
        type: 'train-config',
        spec: c.spec,
        weights: c.weights,
        data: shared.data,
        epochs: opts.fit.epochs,
        batchSize: opts.fit.batchSize,
        seed: batchOrderSeed(c, opts.fit.seed),
      },
      [],
      (progress) => {
        if (progress.type === 'config-epoch') recorder.epoch(progress.epoch, progress.epoch, progress.logs);
      },
    );
    recorder.tasks([{ ...task, endedAt: Date.now(), outcome: 'succeeded' }]);
    if (reply.type !== 'train-config-result') throw new Error(`spark.sweep: executor ${executor} answered ${reply.type} to train-config.`);
    return { configuration: c, reply };
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    recorder.tasks([{ ...task, endedAt: Date.now(), outcome: e instanceof ExecutorLostError ? 'lost' : 'failed', error: message }]);
    if (e instanceof ExecutorLostError) recorder.lost(executor, message);
    if (e instanceof TaskFailedError) return { configuration: c, error: message };
    throw e;
  }
}
