/**
 * Which TensorFlow.js backend the kernel and the executors use, and the cluster's size limit:
 * the names a user may ask for, checked where cell code hands them over (spark.resize,
 * spark.setBackend) and where they are read back from a notebook's metadata.
 */
import { z } from 'zod';
import type { MutuallyAssignable } from '../types/sameKeys';
import { parseOptions, showValue, type OptionRules } from './optionErrors';
import type { SparkBackend } from './sparkOptionTypes';

/** The backends a user can ask for, in the order menus list them; 'auto' lets each worker choose. */
export const BACKEND_CHOICES = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;

/** A backend a user can ask for. */
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

/** The names here are the ones the editor declares for cells (SparkBackend): a mismatch is a compile error. */
const choicesMatchCellTypes: MutuallyAssignable<BackendChoice, SparkBackend> = true;
void choicesMatchCellTypes;

export const backendChoiceSchema = z.enum(BACKEND_CHOICES);

/** Executors a cluster may have: each is a Web Worker with its own copy of TensorFlow.js. */
export const MAX_EXECUTORS = 8;

const BACKEND_RULE = BACKEND_CHOICES.map((b) => `"${b}"`).join(', ');

/** Whether `value` names a backend a user can ask for. */
export function isBackendChoice(value: unknown): value is BackendChoice {
  return backendChoiceSchema.safeParse(value).success;
}

/** Checks a backend name given in a cell; the Error lists the accepted names. */
export function parseBackendChoice(call: string, value: unknown): BackendChoice {
  if (isBackendChoice(value)) return value;
  throw new Error(`${call}: backend must be one of ${BACKEND_RULE} (got ${showValue(value)}).`);
}

const resizeOptionsSchema = z.object({ backend: backendChoiceSchema.optional() }).strict();

const RESIZE_OPTION_RULES: OptionRules = { backend: `one of ${BACKEND_RULE}` };

/** What spark.resize(count, options) asks for, after checking. */
export interface ResizeRequest {
  count: number;
  backend?: BackendChoice;
}

/**
 * Checks spark.resize's arguments before anything changes: a count the cluster can't reach would
 * otherwise only fail after waiting for executors that never come.
 */
export function parseResizeArgs(count: unknown, options: unknown): ResizeRequest {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_EXECUTORS) {
    throw new Error(
      `spark.resize: count must be an integer from 0 to ${MAX_EXECUTORS}, the most executors a cluster may have (got ${showValue(count)}).`,
    );
  }
  const { backend } = parseOptions('spark.resize', resizeOptionsSchema, RESIZE_OPTION_RULES, options);
  return { count, backend };
}

/** spark.setBackend takes a name and nothing else: a second argument is a mistake worth saying so. */
export function parseSetBackendArgs(args: unknown[]): BackendChoice {
  if (args.length !== 1) {
    throw new Error(`spark.setBackend takes one argument, the backend: one of ${BACKEND_RULE} (got ${args.length} arguments).`);
  }
  return parseBackendChoice('spark.setBackend', args[0]);
}
