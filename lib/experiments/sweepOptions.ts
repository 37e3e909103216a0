/**
 * spark.sweep's options, checked where the cell hands them over: a misspelt option, a bad
 * grid or a missing build function is an error that names it, before anything trains.
 */
import { z } from 'zod';
import { parseOptions } from '../cluster/optionErrors';
import { MAX_MODEL_NAME_LENGTH } from '../models/modelNames';
import { checkGrid, type SweepConfiguration, type SweepGrid } from './sweepGrid';

const positiveInt = z.number().int().min(1);
const API = 'spark.sweep';

export const sweepOptionsSchema = z
  .object({
    /** The experiment's name: its models are stored as `<name>/<key>`. */
    name: z
      .string()
      .min(1)
      .max(MAX_MODEL_NAME_LENGTH - 20)
      .refine((s) => !s.includes('@')),
    grid: z.record(z.string(), z.unknown()),
    /** Returns a compiled model for one configuration (may be async). */
    build: z.custom<(values: SweepConfiguration) => unknown>((v) => typeof v === 'function'),
    /** x and y tensors (checked by the kernel, which has tfjs), and optional validationData: [x, y]. */
    data: z.object({ x: z.unknown(), y: z.unknown(), validationData: z.unknown().optional() }).strict(),
    fit: z
      .object({ epochs: positiveInt.default(1), batchSize: positiveInt.default(32), seed: z.number().int().default(0) })
      .strict()
      .default({ epochs: 1, batchSize: 32, seed: 0 }),
    evaluate: z
      .object({ classNames: z.array(z.string()).optional() })
      .strict()
      .default({}),
    /** Recompute every configuration, even those with a stored result. */
    force: z.boolean().default(false),
  })
  .strict();

export type SweepOptions = Omit<z.output<typeof sweepOptionsSchema>, 'grid'> & { grid: SweepGrid };

const RULES = {
  name: `a non-empty name without '@', at most ${MAX_MODEL_NAME_LENGTH - 20} characters`,
  grid: 'an object of parameter → list of values',
  build: 'a function (values) => compiled model',
  data: 'an object { x, y, validationData? }',
  fit: 'an object { epochs, batchSize, seed }',
  evaluate: 'an object { classNames }',
  force: 'true or false',
};

export function parseSweepOptions(input: unknown): SweepOptions {
  const options = parseOptions(API, sweepOptionsSchema, RULES, input);
  return { ...options, grid: checkGrid(options.grid, API) };
}
