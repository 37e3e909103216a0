/**
 * The `spark` object every cell sees: the handle to the cluster of executors.
 *   spark.executors, await spark.resize(n, { backend }), await spark.setBackend(name), spark.fit(model, x, y, options),
 *   spark.evaluate(model, x, y, { classNames }), spark.predict(model, x), spark.sweep({ name, grid, build, data, fit })
 * Options and shapes are checked before any work starts, with Keras-like messages.
 */
import * as tf from '@tensorflow/tfjs';
import { parseEvaluateOptions, parseFitOptions, parsePredictOptions, rowsPerTask } from '../../../lib/cluster/fitOptions';
import type { CellId } from '../../../lib/notebook/ids';
import { InterruptError } from '../runtime/interrupt';
import type { ExecutorInfo, ExecutorPool } from './executorPool';
import { chooseExchange, runFitJob } from './fitJob';
import { runPredictJob } from './inferenceJob';
import type { JobKind } from '../../../lib/jobs/jobRecord';
import type { JobPosition } from '../../../lib/jobs/jobDelta';
import { describePlan } from './describePlan';
import { evaluationReport, type EvaluationReport } from './evaluationReport';
import { checkShapes, splitForValidation, toHost, toList } from '../../sharedByWorkers/trainingData';
import { JobRecorder } from './jobRecorder';
import type { JobConfig } from '../../../lib/jobs/jobRecord';
import type { JobEventBatcher } from './jobEventBatcher';
import type { DisplayChannel, LiveChart } from '../runtime/liveChart/liveChart';
import type { ModelStore } from '../../../lib/persistence/modelStore';
import { runSweep } from './sweep/sweepJob';
import { finalMetrics, rememberTraining } from '../runtime/modelTraining';
import { parseResizeArgs, parseSetBackendArgs, type BackendChoice } from '../../../lib/cluster/backendChoice';
import type { SparkEvaluateOptions, SparkFitOptions, SparkPredictOptions, SparkResizeOptions } from '../../../lib/cluster/sparkOptionTypes';
import type { SparkApi, SparkHistory, SparkSweep, SparkSweepGrid, SparkSweepOptions } from './sparkApiTypes';
import { preflightExecutors } from './executorPreflight';

/** How long spark.resize and spark.setBackend wait for the page to start or switch executors. */
const CLUSTER_CHANGE_TIMEOUT_MS = 60_000;

export interface SparkEnvironment {
  pool: ExecutorPool;
  cellId: CellId;
  log(line: string): void;
  /** Where jobs report their progress and history to the page. */
  jobs: JobEventBatcher;
  requestResize(count: number): void;
  /** Asks the page to move every executor (and those started later) to this backend. */
  requestBackend(backend: BackendChoice): void;
  /** A live loss chart in the cell's output (null when there is no cell to show it in). */
  liveChart(): LiveChart | null;
  /** The running cell's display channel, for outputs updated in place (null without a cell). */
  display(): DisplayChannel | null;
  /** The model repository (sweeps store and reuse their configurations' models there). */
  models(): ModelStore;
  notebook(): { id: string; title: string } | undefined;
}

/** Inference runs forward passes only. */
const INFERENCE = { gradients: false, loss: false, optimizer: false };

let jobCounter = 0;
function newJobId() {
  jobCounter++;
  return `job-${Date.now().toString(36)}-${jobCounter}`;
}

/** Where a job is, from a fit job's progress report (its status travels with the job's end). */
function positionOf(p: JobPosition): JobPosition {
  const position: JobPosition = {};
  for (const key of ['step', 'totalSteps', 'epoch', 'epochs'] as const) if (p[key] !== undefined) position[key] = p[key];
  return position;
}

/** Wraps a job: reports its start, and its end (succeeded/failed/cancelled), to the page. */
async function asJob<T>(
  env: SparkEnvironment,
  kind: JobKind,
  run: (jobId: string, report: (p: JobPosition) => void, recorder: JobRecorder) => Promise<T>,
): Promise<T> {
  const jobId = newJobId();
  const recorder = new JobRecorder(env.jobs, jobId, kind, env.cellId);
  const stopLost = env.pool.onLost((id, reason) => recorder.lost(id, reason));
  const report = (p: JobPosition) => recorder.position(positionOf(p));
  try {
    const result = await run(jobId, report, recorder);
    recorder.finish('succeeded');
    return result;
  } catch (e) {
    const status = e instanceof InterruptError ? 'cancelled' : 'failed';
    recorder.finish(status, (e as Error)?.message);
    throw e;
  } finally {
    stopLost();
  }
}

function baseConfig(pool: ExecutorPool, model: tf.LayersModel): JobConfig {
  const info = pool.info();
  const optimizer = model.optimizer as (tf.Optimizer & { getClassName(): string; getConfig(): Record<string, unknown> }) | undefined;
  const lr = optimizer?.getConfig().learningRate;
  return {
    executors: info.length,
    backends: [...new Set(info.map((e) => e.backend))],
    optimizer: optimizer?.getClassName(),
    learningRate: typeof lr === 'number' ? lr : undefined,
    loss: String((model as unknown as { loss?: unknown }).loss ?? ''),
    params: model.countParams(),
  };
}

/** The batch size an inference job was given, as the history records it. */
function inferenceBatch(opts: { batchSize: number; batchSizePerWorker?: number }): Pick<JobConfig, 'batchSize' | 'batchSizePerWorker'> {
  return opts.batchSizePerWorker !== undefined ? { batchSizePerWorker: opts.batchSizePerWorker } : { batchSize: opts.batchSize };
}

/** The `spark` object; what each member does is documented on SparkApi (the editor's hover text). */
export function createSpark(env: SparkEnvironment): SparkApi {
  const { pool } = env;
  return {
    get executors(): ExecutorInfo[] {
      return pool.info();
    },

    async resize(count: number, options?: SparkResizeOptions): Promise<ExecutorInfo[]> {
      const request = parseResizeArgs(count, options);
      if (request.backend) env.requestBackend(request.backend);
      env.requestResize(request.count);
      await pool.waitForSize(request.count, CLUSTER_CHANGE_TIMEOUT_MS);
      if (request.backend) await pool.waitForBackend(request.backend, CLUSTER_CHANGE_TIMEOUT_MS);
      return pool.info();
    },

    async setBackend(...args: unknown[]): Promise<ExecutorInfo[]> {
      const backend = parseSetBackendArgs(args);
      env.requestBackend(backend);
      await pool.waitForBackend(backend, CLUSTER_CHANGE_TIMEOUT_MS);
      return pool.info();
    },

    async fit(
      model: tf.LayersModel,
      x: tf.Tensor | tf.Tensor[],
      y: tf.Tensor | tf.Tensor[],
      options: SparkFitOptions = {},
    ): Promise<SparkHistory> {
      if (!(model instanceof tf.LayersModel))
        throw new Error('spark.fit: the first argument must be a tf.LayersModel (e.g. from tf.sequential()).');
      const opts = parseFitOptions(options);
      const xs = toList(x, 'x', 'spark.fit');
      const ys = toList(y, 'y', 'spark.fit');
      const n = checkShapes(model, xs, ys, 'spark.fit');
      let trainCount = n;
      let validation: { xs: tf.Tensor[]; ys: tf.Tensor[] } | null = null;
      const owned: tf.Tensor[] = [];
      if (opts.validationData !== undefined) {
        const pair = opts.validationData;
        if (!Array.isArray(pair) || pair.length !== 2) throw new Error('spark.fit: validationData must be an [x, y] pair of tensors.');
        const vx = toList(pair[0] as tf.Tensor, 'x', 'spark.fit (validationData)');
        const vy = toList(pair[1] as tf.Tensor, 'y', 'spark.fit (validationData)');
        checkShapes(model, vx, vy, 'spark.fit (validationData)');
        validation = { xs: vx, ys: vy };
      } else if (opts.validationSplit) {
        const split = splitForValidation(n, opts.validationSplit);
        if (split.train === 0 || split.validation === 0)
          throw new Error(
            `spark.fit: validationSplit ${opts.validationSplit} leaves an empty training or validation set for ${n} samples.`,
          );
        trainCount = split.train;
        const slice = (t: tf.Tensor) => t.slice([split.train], [split.validation]);
        validation = { xs: xs.map(slice), ys: ys.map(slice) };
        owned.push(...validation.xs, ...validation.ys);
      }
      const exchange = chooseExchange(model, opts);
      if (pool.size() === 0)
        throw new Error('spark.fit: the cluster has no executors. Add a worker in the Spark workers panel or run await spark.resize(2).');
      try {
        let config: JobConfig | undefined;
        const history = await asJob(env, 'fit', async (jobId, report, recorder) => {
          config = {
            ...baseConfig(pool, model),
            mode: opts.mode,
            exchange: exchange.exchange,
            averagingFrequency: opts.mode === 'averaging' ? opts.averagingFrequency : undefined,
            batchSize: opts.batchSize,
            epochs: opts.epochs,
            seed: opts.seed,
            samples: trainCount,
            validation: validation ? validation.xs[0].shape[0] : undefined,
          };
          recorder.configure(config);
          if (opts.debug)
            env.log(await describePlan(model, opts, pool.info(), trainCount, { kind: exchange.exchange, reason: exchange.reason }));
          // Executors apply the optimizer themselves only when averaging over messages.
          const optimizer = opts.mode === 'averaging' && exchange.exchange === 'messages';
          await preflightExecutors(model, pool, {
            purpose: { gradients: true, loss: true, optimizer },
            doing: 'training',
            debug: opts.debug,
            log: env.log,
          });
          const data = { xs: xs.map(toHost), ys: ys.map(toHost), trainCount, validation };
          const chart = env.liveChart();
          try {
            return await runFitJob(
              model,
              data,
              opts,
              {
                pool,
                jobId,
                log: env.log,
                progress: (p) => report(p),
                onStep: (step, epoch, logs) => {
                  chart?.step(step, logs);
                  recorder.step(step, epoch, logs);
                },
                onEpoch: (epoch, step, logs) => {
                  chart?.epoch(step, logs);
                  recorder.epoch(step, epoch, logs);
                },
                onTasks: (tasks) => recorder.tasks(tasks),
              },
              exchange,
            );
          } finally {
            chart?.finish();
          }
        });
        rememberTraining(model, { by: 'spark.fit', jobId: history.jobId, config, metrics: finalMetrics(history.history) });
        return history;
      } finally {
        tf.dispose(owned);
      }
    },

    async sweep<G extends SparkSweepGrid>(options: SparkSweepOptions<G>): Promise<SparkSweep<G>> {
      const result: SparkSweep<SparkSweepGrid> = await runSweep({ ...env, newJobId }, options);
      // Each row's values are taken from the grid, so they have the grid's types.
      return result as SparkSweep<G>;
    },

    async predict<T extends tf.Tensor | tf.Tensor[] = tf.Tensor>(
      model: tf.LayersModel,
      x: tf.Tensor | tf.Tensor[],
      options: SparkPredictOptions = {},
    ): Promise<T> {
      const opts = parsePredictOptions(options);
      const xs = toList(x, 'x', 'spark.predict');
      const n = checkShapes(model, xs, null, 'spark.predict');
      const { outputs } = await asJob(env, 'predict', async (_jobId, report, recorder) => {
        recorder.configure({ ...baseConfig(pool, model), ...inferenceBatch(opts), samples: n });
        await preflightExecutors(model, pool, { purpose: INFERENCE, doing: 'inference', debug: false, log: env.log });
        const result = await runPredictJob(
          model,
          xs.map(toHost),
          n,
          rowsPerTask(opts, pool.size()),
          { pool, progress: (done, total) => report({ step: done, totalSteps: total }) },
          'spark.predict',
        );
        recorder.tasks(result.tasks);
        return result;
      });
      // T is the caller's statement of how many outputs the model has (one unless it says tf.Tensor[]).
      return (outputs.length === 1 ? outputs[0] : outputs) as T;
    },

    async evaluate(
      model: tf.LayersModel,
      x: tf.Tensor | tf.Tensor[],
      y: tf.Tensor | tf.Tensor[],
      options: SparkEvaluateOptions = {},
    ): Promise<EvaluationReport> {
      const opts = parseEvaluateOptions(options);
      const xs = toList(x, 'x', 'spark.evaluate');
      const ys = toList(y, 'y', 'spark.evaluate');
      const n = checkShapes(model, xs, ys, 'spark.evaluate');
      return asJob(env, 'evaluate', async (jobId, report, recorder) => {
        recorder.configure({ ...baseConfig(pool, model), ...inferenceBatch(opts), samples: n });
        await preflightExecutors(model, pool, { purpose: INFERENCE, doing: 'inference', debug: false, log: env.log });
        const { outputs, tasks } = await runPredictJob(
          model,
          xs.map(toHost),
          n,
          rowsPerTask(opts, pool.size()),
          { pool, progress: (done, total) => report({ step: done, totalSteps: total }) },
          'spark.evaluate',
        );
        recorder.tasks(tasks);
        try {
          const result = evaluationReport(model, ys[0], outputs[0], opts.classNames, jobId);
          recorder.evaluation(result);
          return result;
        } finally {
          tf.dispose(outputs);
        }
      });
    },
  };
}
