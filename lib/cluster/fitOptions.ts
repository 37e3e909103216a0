/** The options of spark.fit, spark.evaluate and spark.predict: checked where user code hands them over. */
import { z } from 'zod';
import { parseOptions, type OptionRules } from './optionErrors';

const positiveInt = z.number().int().min(1);

/** spark.fit options; `.strict()` so a misspelt option is an error, not silently ignored. */
export const fitOptionsSchema = z
  .object({
    /** Passes over the training data. */
    epochs: positiveInt.default(1),
    /** The GLOBAL batch per step, split across executors (not a per-executor batch). */
    batchSize: positiveInt.default(32),
    /** 'sync': averaged gradients every step; 'averaging': parameters averaged every averagingFrequency steps. */
    mode: z.enum(['sync', 'averaging']).default('sync'),
    /**
     * How executors exchange gradients: 'shared-memory' (all-reduce among the executors, needs a
     * cross-origin isolated page), 'messages' (through the kernel), or 'auto' (shared memory when
     * the page and the optimizer allow it).
     */
    exchange: z.enum(['auto', 'shared-memory', 'messages']).default('auto'),
    /** Local steps between parameter averaging rounds (mode 'averaging' only). */
    averagingFrequency: positiveInt.default(5),
    /** Fraction of the data (taken from the end, as Keras does) held out for validation. */
    validationSplit: z.number().min(0).lt(1).optional(),
    /** An [x, y] pair of tensors; its shape is checked by the caller, which has tfjs. */
    validationData: z.unknown().optional(),
    /** Shuffle the training samples each epoch (with a seed derived from `seed` and the epoch). */
    shuffle: z.boolean().default(true),
    /** Seed of the shuffle, so a job's sample order is repeatable. */
    seed: z.number().int().default(42),
    /** Show a progress display every N steps; 0 turns it off. */
    displayEvery: z.number().int().min(0).default(0),
    /** Print the execution plan and per-step details. */
    debug: z.boolean().default(false),
    /** 0: silent; 1: a line per epoch. */
    verbose: z.union([z.literal(0), z.literal(1)]).default(1),
  })
  .strict();

/** spark.fit options after defaults are filled in. */
export type FitOptions = z.output<typeof fitOptionsSchema>;

/** What each spark.fit option accepts, in words, for error messages (and the order "Allowed:" lists them in). */
export const FIT_OPTION_RULES: OptionRules = {
  epochs: 'an integer ≥ 1',
  batchSize: 'an integer ≥ 1',
  mode: '"sync" or "averaging"',
  exchange: '"auto", "shared-memory" or "messages"',
  averagingFrequency: 'an integer ≥ 1',
  validationSplit: 'a number from 0 up to (not including) 1',
  validationData: 'an [x, y] pair of tensors',
  shuffle: 'true or false',
  seed: 'an integer',
  displayEvery: 'an integer ≥ 0 (0 = off)',
  debug: 'true or false',
  verbose: '0 or 1',
};

/** Checks spark.fit's options and fills in defaults; the Error names the bad key and what it accepts. */
export function parseFitOptions(input: unknown): FitOptions {
  const options = parseOptions('spark.fit', fitOptionsSchema, FIT_OPTION_RULES, input);
  if (options.validationSplit !== undefined && options.validationData !== undefined) {
    throw new Error('spark.fit: give either "validationSplit" or "validationData", not both');
  }
  return options;
}

/** spark.evaluate options. */
export const evaluateOptionsSchema = z
  .object({
    /** Names for the confusion matrix's rows and columns, one per class. */
    classNames: z.array(z.string()).optional(),
    /** Samples per global inference batch, split evenly over the executors. */
    batchSize: positiveInt.default(256),
    /** Samples per executor task (DL4J's batchSizePerWorker); replaces batchSize's split. */
    batchSizePerWorker: positiveInt.optional(),
  })
  .strict();

/** spark.evaluate options after defaults are filled in. */
export type EvaluateOptions = z.output<typeof evaluateOptionsSchema>;

const INFERENCE_OPTION_RULES: OptionRules = {
  batchSize: 'an integer ≥ 1',
  batchSizePerWorker: 'an integer ≥ 1',
};

const EVALUATE_OPTION_RULES: OptionRules = {
  classNames: 'an array of strings, one per class',
  ...INFERENCE_OPTION_RULES,
};

/** One of the two batch sizes: they say the same thing two ways. */
function checkOneBatchSize(api: string, input: unknown) {
  const given = (input ?? {}) as Record<string, unknown>;
  if (given.batchSize !== undefined && given.batchSizePerWorker !== undefined) {
    throw new Error(`${api}: give either "batchSize" (split over the executors) or "batchSizePerWorker" (rows per executor task), not both`);
  }
}

/** Checks spark.evaluate's options and fills in defaults. */
export function parseEvaluateOptions(input: unknown): EvaluateOptions {
  const options = parseOptions('spark.evaluate', evaluateOptionsSchema, EVALUATE_OPTION_RULES, input);
  checkOneBatchSize('spark.evaluate', input);
  return options;
}

/** spark.predict options. */
export const predictOptionsSchema = z
  .object({
    /** Samples per global inference batch, split evenly over the executors. */
    batchSize: positiveInt.default(256),
    /** Samples per executor task (DL4J's batchSizePerWorker); replaces batchSize's split. */
    batchSizePerWorker: positiveInt.optional(),
  })
  .strict();

/** spark.predict options after defaults are filled in. */
export type PredictOptions = z.output<typeof predictOptionsSchema>;

/** Checks spark.predict's options and fills in defaults. */
export function parsePredictOptions(input: unknown): PredictOptions {
  const options = parseOptions('spark.predict', predictOptionsSchema, INFERENCE_OPTION_RULES, input);
  checkOneBatchSize('spark.predict', input);
  return options;
}

/** Rows per executor task: batchSizePerWorker as given, or the global batch split over the executors. */
export function rowsPerTask(options: { batchSize: number; batchSizePerWorker?: number }, executors: number): number {
  return options.batchSizePerWorker ?? Math.ceil(options.batchSize / Math.max(1, executors));
}
