/**
 * What cells see as `spark`: the interface createSpark implements (so the code cannot drift from
 * it) and that the editor's declarations are generated from (runtime/cellGlobals.ts). The JSDoc
 * here is the text the editor shows on hover.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ExecutorInfo } from '../../../lib/cluster/executorInfo';
import type {
  SparkBackend,
  SparkEvaluateOptions,
  SparkFitOptions,
  SparkPredictOptions,
  SparkResizeOptions,
  SparkTensors,
} from '../../../lib/cluster/sparkOptionTypes';
import type { EvaluationReport } from './evaluationReport';
import type { StepTiming } from './stepAggregator';

/** One task attempt of a job: which executor ran which samples of which stage, and how it ended. */
export interface SparkTask {
  stage: number;
  /** The training epoch of the stage (fit jobs). */
  epoch?: number;
  taskId: string;
  executor: string;
  attempt: number;
  samples: number;
  startedAt: number;
  endedAt?: number;
  outcome?: 'succeeded' | 'failed' | 'lost';
  error?: string;
  /** Where a shared-memory step's time went on this executor (absent on the message path). */
  phases?: { computeMs: number; exchangeMs: number; waitMs: number };
}

/** A Keras-like History of a spark.fit job, plus the job's id and its task timeline. */
export interface SparkHistory {
  /** The epochs run: [0, 1, …]. */
  epoch: number[];
  /** Per metric (loss, acc, val_loss, …), its value after each epoch. */
  history: Record<string, number[]>;
  /** The job's settings: epochs, steps, samples, batchSize, executors, mode, exchange, …. */
  params: Record<string, unknown>;
  /** The job in the Jobs page's history. */
  jobId: string;
  /** Every task attempt, as the job's timeline shows them. */
  tasks: SparkTask[];
  /** Shared-memory jobs: where an average step's time went (compute, exchange, wait, driver). */
  timing?: StepTiming;
}

/** spark.evaluate's report: classification metrics, or regression errors for an MSE/MAE loss. */
export type SparkEvaluation = EvaluationReport;

/** A sweep's grid: parameter → the values to try. */
export type SparkSweepGrid = Record<string, (number | string | boolean)[]>;

/** One configuration's values, typed by the grid. */
export type SparkSweepValues<G extends SparkSweepGrid> = { [K in keyof G]: G[K][number] };

/** spark.sweep options. */
export interface SparkSweepOptions<G extends SparkSweepGrid> {
  /** The experiment's name: its models are stored as '<name>/<key>'. */
  name: string;
  /** Parameter → values; every combination is one configuration. */
  grid: G;
  /** Returns a compiled model for one configuration. */
  build(values: SparkSweepValues<G>): tf.LayersModel | Promise<tf.LayersModel>;
  /** The training data, and the data to evaluate each configuration on (default: the training data). */
  data: { x: tf.Tensor; y: tf.Tensor; validationData?: [tf.Tensor, tf.Tensor] };
  /** seed sets the batch order (a numeric 'seed' in the grid overrides it). */
  fit?: { epochs?: number; batchSize?: number; seed?: number };
  evaluate?: { classNames?: string[] };
  /** Recompute configurations that have a stored result. */
  force?: boolean;
}

/** One configuration's result. */
export interface SparkSweepRow<G extends SparkSweepGrid> {
  /** A hash of the configuration's values, model, compile settings, fit options and data. */
  key: string;
  values: SparkSweepValues<G>;
  /** On the evaluation data; macro averages over classes. */
  accuracy?: number;
  precision?: number;
  recall?: number;
  f1?: number;
  loss?: number;
  /** Training time of the run that produced the result (the original run when reused). */
  seconds: number;
  /** diverged: the loss became NaN or infinite and training stopped; failed: an error. */
  status: 'trained' | 'reused' | 'diverged' | 'failed';
  /** True when the result came from the model repository instead of this run. */
  reused: boolean;
  /** Why a configuration diverged or failed. */
  error?: string;
  /** The configuration's fit job in the job history. */
  jobId?: string;
  /** Its trained model in the repository, named '<sweep name>/<key>'. */
  modelId?: string;
}

/** What spark.sweep returns; as a cell's last expression it shows the sweep's table and chart. */
export interface SparkSweep<G extends SparkSweepGrid> {
  readonly name: string;
  /** One per configuration, in the grid's order. */
  readonly rows: SparkSweepRow<G>[];
  readonly summary: { trained: number; reused: number; diverged: number; failed: number; jobId: string };
  /** The best configuration by a metric (lowest loss, highest otherwise); diverged and failed ones never win. */
  best(metric?: 'accuracy' | 'precision' | 'recall' | 'f1' | 'loss'): SparkSweepRow<G> | undefined;
}

/** The cluster of executor Web Workers (Spark-style data-parallel training). */
export interface SparkApi {
  /** The live executors: id, status (idle/busy), backend, tasks done, samples/s, memory. */
  readonly executors: ExecutorInfo[];
  /**
   * Adds or removes executors (0 to 8, like the panel's buttons) and waits until the cluster has n;
   * with { backend }, every executor (the existing ones too) uses that backend.
   */
  resize(n: number, options?: SparkResizeOptions): Promise<ExecutorInfo[]>;
  /** Moves every executor, and those started later, to this backend (the kernel keeps its own: tf.setBackend). */
  setBackend(backend: SparkBackend): Promise<ExecutorInfo[]>;
  /** Data-parallel model.fit across the executors; returns a Keras-like History with the job id. */
  fit(model: tf.LayersModel, x: SparkTensors, y: SparkTensors, options?: SparkFitOptions): Promise<SparkHistory>;
  /** Distributed evaluation: loss, accuracy, per-class precision/recall/F1 and the confusion matrix (or MSE/MAE for regression). */
  evaluate(model: tf.LayersModel, x: SparkTensors, y: SparkTensors, options?: SparkEvaluateOptions): Promise<SparkEvaluation>;
  /**
   * Distributed inference: a tensor with a row per sample. A model with several outputs gives one
   * tensor per output: say so with `spark.predict<tf.Tensor[]>(model, x)`.
   */
  predict<T extends tf.Tensor | tf.Tensor[] = tf.Tensor>(model: tf.LayersModel, x: SparkTensors, options?: SparkPredictOptions): Promise<T>;
  /**
   * Trains one model per configuration of a grid (one configuration per executor at a time),
   * reusing configurations the model repository already has a result for.
   */
  sweep<G extends SparkSweepGrid>(options: SparkSweepOptions<G>): Promise<SparkSweep<G>>;
}
