/**
 * show.histogram(values, { maxBins, bins, title, xLabel, yLabel }), tfjs-vis's render.histogram
 * without the container: numbers, a typed array, tfjs-vis's [{ value }] objects, or a tensor of
 * any shape (every value counts). Bins are counted here; the output carries only the counts.
 */
import * as tf from '@tensorflow/tfjs';
import { histogram, MAX_BINS } from '../../../lib/outputs/histogramBins';
import { HISTOGRAM_MIME, type HistogramData } from '../../../lib/outputs/plotSchemas';
import { histogramText } from '../../../lib/outputs/plotText';
import { mimeBundle, type DisplayBundle } from './display/mimeBundle';
import { checkOptionKeys, countOption, stringOption } from './showOptions';
import { describeValue } from './showValues';

/** Options of show.histogram. */
export interface HistogramOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** At most this many bins, of a round width (default 12). */
  maxBins?: number;
  /** Exactly this many bins of equal width from the smallest value to the largest. */
  bins?: number;
}

const FN = 'show.histogram';
const OPTIONS = ['title', 'xLabel', 'yLabel', 'maxBins', 'bins'] as const;
/** tfjs-vis's default. */
export const DEFAULT_MAX_BINS = 12;

const EXPECTED = 'give an array of numbers, a typed array, [{ value }, …] as tfjs-vis takes, or a tensor';

function readHistogramValues(values: unknown): ArrayLike<number> {
  if (values instanceof tf.Tensor) {
    if (values.isDisposed) throw new Error(`${FN}: values is a disposed tensor; show it before disposing it`);
    if (values.dtype === 'string' || values.dtype === 'complex64')
      throw new Error(`${FN}: values is a ${values.dtype} tensor; give a tensor of numbers`);
    return values.dataSync() as ArrayLike<number>;
  }
  if (ArrayBuffer.isView(values) && !(values instanceof DataView)) return values as unknown as ArrayLike<number>;
  if (!Array.isArray(values)) throw new Error(`${FN}: values must be an array or a tensor; ${EXPECTED} (got ${describeValue(values)})`);
  if (values.length > 0 && values.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && 'value' in v)) {
    return values.map((v: { value: unknown }, i) => {
      if (typeof v.value !== 'number') throw new Error(`${FN}: values[${i}].value is ${describeValue(v.value)}; it must be a number`);
      return v.value;
    });
  }
  values.forEach((v, i) => {
    if (typeof v === 'number') return;
    const nested = Array.isArray(v) ? '; for rows of numbers pass a tensor (tf.tensor(rows)) or values.flat()' : '';
    throw new Error(`${FN}: values[${i}] is ${describeValue(v)}; ${EXPECTED}${nested}`);
  });
  return values as number[];
}

/** A histogram of the values (tfjs-vis render.histogram). */
export function showHistogram(values: unknown, options?: HistogramOptions): DisplayBundle {
  const opts = checkOptionKeys(FN, options, OPTIONS);
  const title = stringOption(FN, opts, 'title');
  const xLabel = stringOption(FN, opts, 'xLabel');
  const yLabel = stringOption(FN, opts, 'yLabel');
  const maxBins = countOption(FN, opts, 'maxBins', MAX_BINS);
  const bins = countOption(FN, opts, 'bins', MAX_BINS);
  if (maxBins !== undefined && bins !== undefined) {
    throw new Error(`${FN}: give maxBins (at most that many round-width bins) or bins (exactly that many), not both`);
  }
  const read = readHistogramValues(values);
  if (read.length === 0) throw new Error(`${FN}: values is empty; there is nothing to count`);
  const counted = histogram(read, bins !== undefined ? { bins } : { maxBins: maxBins ?? DEFAULT_MAX_BINS });
  const data: HistogramData = {
    ...(title !== undefined ? { title } : {}),
    ...(xLabel !== undefined ? { xLabel } : {}),
    ...(yLabel !== undefined ? { yLabel } : {}),
    ...counted,
  };
  return mimeBundle({ 'text/plain': histogramText(data), [HISTOGRAM_MIME]: data });
}
