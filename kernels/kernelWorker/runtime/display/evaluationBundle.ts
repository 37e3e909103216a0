/**
 * Evaluation results as CLASSIFICATION_MIME and REGRESSION_MIME bundles: what spark.evaluate
 * returns, and what show.confusionMatrix / show.regression build. Recognition checks the whole
 * shape against the page's own schema, so an object that merely has `kind: 'classification'`
 * stays an ordinary object, and whatever is recognised here is sure to render there.
 */
import {
  CLASSIFICATION_MIME,
  ClassificationSchema,
  REGRESSION_MIME,
  RegressionSchema,
  type ClassificationData,
  type RegressionData,
  type RegressionSeries,
} from '../../../../lib/outputs/mime';
import { classificationText, regressionText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';
import { shortestFloat32 } from './tensorPreview';

/**
 * Points kept for the predicted-vs-actual chart; the metrics still cover every value. More
 * would bloat the saved notebook and slow the chart without showing more at cell width.
 */
export const MAX_SERIES_POINTS = 2000;

/** The object without its loss when that is not finite: a diverged model's NaN loss cannot go into JSON. */
function withFiniteLoss(value: Record<string, unknown>): Record<string, unknown> {
  const { loss, ...rest } = value;
  return typeof loss === 'number' && Number.isFinite(loss) ? { ...rest, loss } : rest;
}

function hasKind(value: unknown, kind: string): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
}

/**
 * The classification payload of `value` when it is shaped like spark.evaluate's classification
 * result (`kind: 'classification'` plus a report whose lists line up); null otherwise.
 */
export function classificationPayload(value: unknown): ClassificationData | null {
  if (!hasKind(value, 'classification')) return null;
  const parsed = ClassificationSchema.safeParse(withFiniteLoss(value));
  return parsed.success ? parsed.data : null;
}

/** The first `n` values as plain numbers; float32 ones (a tensor's data) shortened, 0.1 not 0.100000001. */
function firstValues(values: ArrayLike<unknown>, n: number): unknown[] {
  const kept = Array.from({ length: Math.min(n, values.length) }, (_, i) => values[i]);
  return values instanceof Float32Array ? kept.map((v) => shortestFloat32(v as number)) : kept;
}

/** The chart series of a regression: at most MAX_SERIES_POINTS, with `total` when there were more. */
export function seriesPayload(actual: ArrayLike<number>, predicted: ArrayLike<number>, label?: string): RegressionSeries {
  return {
    actual: firstValues(actual, MAX_SERIES_POINTS) as number[],
    predicted: firstValues(predicted, MAX_SERIES_POINTS) as number[],
    ...(label !== undefined ? { label } : {}),
    ...(actual.length > MAX_SERIES_POINTS ? { total: actual.length } : {}),
  };
}

const isArrayLike = (value: unknown): value is ArrayLike<unknown> =>
  Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));

/** A cell-built series, limited like ours; anything odd is left for the schema to refuse. */
function limitSeries(series: unknown): unknown {
  if (typeof series !== 'object' || series === null) return series;
  const { actual, predicted, label } = series as Record<string, unknown>;
  if (!isArrayLike(actual) || !isArrayLike(predicted) || actual.length !== predicted.length) return series;
  return seriesPayload(actual as ArrayLike<number>, predicted as ArrayLike<number>, label as string | undefined);
}

/**
 * The regression payload of `value` when it is shaped like spark.evaluate's regression result
 * (`kind: 'regression'` with mse, mae, rmse, r2 and count); null otherwise.
 */
export function regressionPayload(value: unknown): RegressionData | null {
  if (!hasKind(value, 'regression')) return null;
  const candidate = withFiniteLoss(value);
  if (value.series !== undefined) candidate.series = limitSeries(value.series);
  const parsed = RegressionSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** A classifier's bundle: the view's data and scikit-learn-style text. */
export function classificationBundle(data: ClassificationData): MimeBundle {
  return { 'text/plain': classificationText(data), [CLASSIFICATION_MIME]: data };
}

/** A regression model's bundle: the view's data and its metrics as text. */
export function regressionBundle(data: RegressionData): MimeBundle {
  return { 'text/plain': regressionText(data), [REGRESSION_MIME]: data };
}

/** The bundle of an evaluation result, or null when `value` is not one. */
export function evaluationBundle(value: unknown): MimeBundle | null {
  const classification = classificationPayload(value);
  if (classification) return classificationBundle(classification);
  const regression = regressionPayload(value);
  return regression ? regressionBundle(regression) : null;
}
