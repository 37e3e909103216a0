/**
 * The options of spark.fit, spark.evaluate and spark.predict: checked where user code hands them
 * over. What each option means is documented once, on the interfaces cells see
 * (sparkOptionTypes.ts); the schemas and the rules below are checked against them by the compiler.
 */
import { z } from 'zod';
import type { MutuallyAssignable, SameKeys } from '../types/sameKeys';
import { parseOptions } from './optionErrors';
import type { SparkEvaluateOptions, SparkFitOptions, SparkPredictOptions } from './sparkOptionTypes';

const positiveInt = z.number().int().min(1);

/** spark.fit options (documented on SparkFitOptions); `.strict()` so a misspelt option is an error, not silently ignored. */
export const fitOptionsSchema = z
  .object({
    epochs: positiveInt.default(1),
    batchSize: positiveInt.default(32),
    mode: z.enum(['sync', 'averaging']).default('sync'),
    exchange: z.enum(['auto', 'shared-memory', 'messages']).default('auto'),
    averagingFrequency: positiveInt.default(5),
    validationSplit: z.number().min(0).lt(1).optional(),
    validationData: z.unknown().optional(),
    shuffle: z.boolean().default(true),
    seed: z.number().int().default(42),
    displayEvery: z.number().int().min(0).default(0),
    debug: z.boolean().default(false),
    verbose: z.union([z.literal(0), z.literal(1)]).default(1),
  })
  .strict();

/** spark.fit options after defaults are filled in. */
export type FitOptions = z.output<typeof fitOptionsSchema>;

/** What each spark.fit option accepts, in words, for error messages (and the order "Allowed:" lists them in). */
export const FIT_OPTION_RULES: Record<keyof SparkFitOptions, string> = {
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

const INFERENCE_OPTION_RULES: Record<keyof SparkPredictOptions, string> = {
  batchSize: 'an integer ≥ 1',
  batchSizePerWorker: 'an integer ≥ 1',
};

const EVALUATE_OPTION_RULES: Record<keyof SparkEvaluateOptions, string> = {
  classNames: 'an array of strings, one per class',
  ...INFERENCE_OPTION_RULES,
};

/** One of the two batch sizes: they say the same thing two ways. */
function checkOneBatchSize(api: string, input: unknown) {
  const given = (input ?? {}) as Record<string, unknown>;
  if (given.batchSize !== undefined && given.batchSizePerWorker !== undefined) {
    throw new Error(
      `${api}: give either "batchSize" (split over the executors) or "batchSizePerWorker" (rows per executor task), not both`,
    );
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

/**
 * Each schema accepts what its interface declares, key for key and type for type (validationData
 * is checked by the caller, which has tfjs): a mismatch is a compile error here.
 */
type FitInput = z.input<typeof fitOptionsSchema>;
const schemasMatchInterfaces: true[] = [
  {} as SameKeys<FitInput, SparkFitOptions>,
  {} as MutuallyAssignable<Omit<FitInput, 'validationData'>, Omit<SparkFitOptions, 'validationData'>>,
  {} as SameKeys<z.input<typeof evaluateOptionsSchema>, SparkEvaluateOptions>,
  {} as MutuallyAssignable<z.input<typeof evaluateOptionsSchema>, SparkEvaluateOptions>,
  {} as SameKeys<z.input<typeof predictOptionsSchema>, SparkPredictOptions>,
  {} as MutuallyAssignable<z.input<typeof predictOptionsSchema>, SparkPredictOptions>,
];
void schemasMatchInterfaces;

/** Rows per executor task: batchSizePerWorker as given, or the global batch split over the executors. */
export function rowsPerTask(options: { batchSize: number; batchSizePerWorker?: number }, executors: number): number {
  return options.batchSizePerWorker ?? Math.ceil(options.batchSize / Math.max(1, executors));
}
