/**
 * The options cells pass to spark.fit, spark.evaluate, spark.predict and spark.resize, as plain
 * interfaces: the editor's declarations are generated from them (their JSDoc is the hover text),
 * and the zod schemas that check the options at run time are tied to them at compile time
 * (fitOptions.ts, backendChoice.ts), so the two cannot drift.
 */
import type * as tf from '@tensorflow/tfjs';

/** A TensorFlow.js backend to ask for; 'auto' = WebGPU on a hardware GPU, else WASM. */
export type SparkBackend = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** Training data: one tensor, or one per model input/output. */
export type SparkTensors = tf.Tensor | tf.Tensor[];

/** spark.fit options; batchSize is the GLOBAL batch per step, split across executors. */
export interface SparkFitOptions {
  /** Passes over the training data (default 1). */
  epochs?: number;
  /** The GLOBAL batch per step, split across executors, not a per-executor batch (default 32). */
  batchSize?: number;
  /** 'sync' (default): averaged gradients every step, exact; 'averaging': parameters averaged every averagingFrequency steps. */
  mode?: 'sync' | 'averaging';
  /**
   * How executors exchange gradients: 'shared-memory' (all-reduce among the executors, needs a
   * cross-origin isolated page), 'messages' (through the kernel), or 'auto' (default: shared memory
   * when the page and the optimizer allow it).
   */
  exchange?: 'auto' | 'shared-memory' | 'messages';
  /** Local steps between parameter averaging rounds (mode 'averaging' only; default 5). */
  averagingFrequency?: number;
  /** Fraction of the data (taken from the end, as Keras does) held out for validation. */
  validationSplit?: number;
  /** An [x, y] pair of tensors to validate on after each epoch (instead of validationSplit). */
  validationData?: [SparkTensors, SparkTensors];
  /** Shuffle the training samples each epoch, with a seed derived from `seed` and the epoch (default true). */
  shuffle?: boolean;
  /** Seed of the shuffle, so a job's sample order is repeatable (default 42). */
  seed?: number;
  /** Print the loss every N steps; 0 (default) turns it off. */
  displayEvery?: number;
  /** Print the execution plan and the pre-flight kernel check first (default false). */
  debug?: boolean;
  /** 0: silent; 1 (default): a line per epoch. */
  verbose?: 0 | 1;
}

/** Inference batches: a global batch split over the executors, or rows per executor task (not both). */
export interface SparkPredictOptions {
  /** Rows per global batch, split evenly over the executors (default 256). */
  batchSize?: number;
  /** Rows per executor task, as DL4J's batchSizePerWorker; replaces batchSize's split. */
  batchSizePerWorker?: number;
}

/** spark.evaluate options: the inference batches, and names for the classes. */
export interface SparkEvaluateOptions extends SparkPredictOptions {
  /** Names for the confusion matrix's rows and columns, one per class. */
  classNames?: string[];
}

/** spark.resize options. */
export interface SparkResizeOptions {
  /** Every executor (the existing ones too) uses this backend. */
  backend?: SparkBackend;
}
