/**
 * What a cell's value looks like in the notebook: value -> nbformat MIME bundle. Runs in the
 * kernel worker (no DOM, no React). Rich kinds get one of our MIME types plus a text/plain
 * twin; everything else gets inspect-like text.
 */
import * as tf from '@tensorflow/tfjs';
import { TABLE_MIME } from '../../../../lib/outputs/mime';
import { tableText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';
import { arrayTable } from './arrayTable';
import { evaluationBundle } from './evaluationBundle';
import { historyBundle, isHistoryLike } from './historyChart';
import { inspect } from './inspect';
import { isDisplayBundle, passThroughBundle } from './mimeBundle';
import { describeModel, modelBundle } from './modelSummary';
import { describeTensor, tensorBundle, tensorBundleAsync } from './tensorPreview';

/** Longest text/plain sent for a string; beyond it the page would stall on a single <pre>. */
export const MAX_TEXT_LENGTH = 1_000_000;

/** Describes tensors and models one line each when they sit inside other values. */
export function describeSpecial(value: object): string | undefined {
  if (value instanceof tf.Tensor) return describeTensor(value);
  if (value instanceof tf.LayersModel) return describeModel(value);
  return undefined;
}

function text(s: string): MimeBundle {
  if (s.length <= MAX_TEXT_LENGTH) return { 'text/plain': s };
  return { 'text/plain': `${s.slice(0, MAX_TEXT_LENGTH)}\n... ${s.length - MAX_TEXT_LENGTH} more characters` };
}

function bundleFor(value: unknown): MimeBundle {
  if (typeof value === 'string') return text(value);
  if (typeof value !== 'object' || value === null) {
    return text(inspect(value, { describe: describeSpecial }));
  }
  if (isDisplayBundle(value)) {
    const data = passThroughBundle(value);
    if (data) return data;
  }
  if (value instanceof tf.Tensor) return tensorBundle(value);
  if (value instanceof tf.LayersModel) return modelBundle(value);
  const evaluation = evaluationBundle(value);
  if (evaluation) return evaluation;
  if (isHistoryLike(value)) return historyBundle(value);
  if (value instanceof Error) return text(`${value.name}: ${value.message}`);
  if (Array.isArray(value)) {
    const table = arrayTable(value, describeSpecial);
    if (table) return { 'text/plain': tableText(table), [TABLE_MIME]: table };
  }
  return text(inspect(value, { describe: describeSpecial }));
}

/**
 * The bundle for a value. Never throws: a value that cannot be shown says why instead, since
 * a display failure must not turn a successful cell into a failed one.
 */
export function toMimeBundle(value: unknown): MimeBundle {
  try {
    return bundleFor(value);
  } catch (e) {
    return { 'text/plain': `[value could not be displayed: ${e instanceof Error ? e.message : String(e)}]` };
  }
}

/**
 * Like toMimeBundle, but reads tensor values with `await data()`: on WebGPU a synchronous
 * read stalls the worker and warns, so the kernel should use this one.
 */
export async function toMimeBundleAsync(value: unknown): Promise<MimeBundle> {
  if (value instanceof tf.Tensor) {
    try {
      return await tensorBundleAsync(value);
    } catch (e) {
      return { 'text/plain': `[tensor could not be displayed: ${e instanceof Error ? e.message : String(e)}]` };
    }
  }
  return toMimeBundle(value);
}
