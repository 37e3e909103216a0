/**
 * The `show` object every cell sees: one call from a model's predictions to a results view.
 *   show.confusionMatrix(yTrue, yPred, classNames?)    confusion matrix and classification report
 *   show.regression(yTrue, yPred, { title?, label? })  MSE/MAE/RMSE/R² and predicted vs actual
 *   show.images(images, { labels?, columns?, … })     a captioned grid of small images (PNG)
 *   show.line / show.scatter / show.histogram / show.heatmap   tfjs-vis's render.* charts
 * Each returns a display bundle, shown when it is a cell's last expression or passed to display().
 * Tensors are read with dataSync: show is called synchronously from cell code, and a test set's
 * labels are small next to what training reads. The caller's tensors are never disposed.
 */
import { classificationReport } from '../../../lib/metrics/classification';
import { regressionReport } from '../../../lib/metrics/regression';
import { classificationBundle, mimeBundle, regressionBundle, seriesPayload, type DisplayBundle } from './display';
import type * as tf from '@tensorflow/tfjs';
import { showHeatmap, type HeatmapInput, type HeatmapOptions } from './showHeatmap';
import { showHistogram, type HistogramOptions } from './showHistogram';
import { showImages, type ImagesOptions } from './showImages';
import { showLine, showScatter, type XYData, type XYOptions } from './showXY';
import { describeValue, firstOfEachSample, readValues, shapeText, squeezed, toLabels, type Labels, type ShowValues } from './showValues';

export type { ShowValues } from './showValues';
export type { ImagesOptions } from './showImages';
export type { XYData, XYOptions } from './showXY';
export type { HistogramOptions } from './showHistogram';
export type { HeatmapInput, HeatmapOptions } from './showHeatmap';

/** Options of show.confusionMatrix. */
export interface ConfusionMatrixOptions {
  /** One name per class, in label order; default "0", "1", …. */
  classNames?: string[];
  /** Shown above the view. */
  title?: string;
}

/** Options of show.regression. */
export interface RegressionOptions {
  /** Shown above the view. */
  title?: string;
  /** What the values are, e.g. "Temperature (°C)"; labels the chart's y axis. */
  label?: string;
}

function nameList(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown}, …` : shown;
}

/** The number of classes: one per name, else enough for every label and one-hot column. */
function classCount(fn: string, classNames: string[] | undefined, inputs: [string, Labels][]): number {
  if (classNames) {
    for (const [name, { columns }] of inputs) {
      if (columns !== null && columns !== classNames.length) {
        throw new Error(
          `${fn}: ${name} has ${columns} columns (one per class) but ${classNames.length} classNames were given; give one name per class`,
        );
      }
    }
    return classNames.length;
  }
  let count = 0;
  for (const [, { labels, columns, binary }] of inputs) {
    count = Math.max(count, columns ?? 0, binary ? 2 : 0);
    for (let i = 0; i < labels.length; i++) if (labels[i] + 1 > count) count = labels[i] + 1;
  }
  if (count === 0) throw new Error(`${fn}: yTrue and yPred are empty; there is nothing to count`);
  return count;
}

function checkRange(fn: string, name: string, labels: ArrayLike<number>, classNames: string[] | undefined, count: number): void {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v < 0 || v >= count) {
      const names = classNames ? `, one per name in classNames (${nameList(classNames)})` : '';
      throw new Error(`${fn}: ${name}[${i}] is ${v}, but labels must be integers from 0 to ${count - 1}${names}`);
    }
  }
}

/** Checks an options object, naming any key it does not know. */
function checkOptions<T extends object>(fn: string, options: unknown, allowed: (keyof T & string)[]): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(`${fn}: options must be an object with ${allowed.join(', ')} (got ${describeValue(options)})`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (!allowed.includes(key as keyof T & string)) {
      throw new Error(`${fn}: unknown option "${key}"; the options are ${allowed.join(', ')}`);
    }
    if (key !== 'classNames' && value !== undefined && typeof value !== 'string') {
      throw new Error(`${fn}: option ${key} must be a string (got ${describeValue(value)})`);
    }
  }
  return options as T;
}

function checkClassNames(fn: string, classNames: unknown): string[] | undefined {
  if (classNames === undefined) return undefined;
  if (!Array.isArray(classNames)) {
    throw new Error(`${fn}: classNames must be an array of strings, e.g. ['setosa', 'versicolor', 'virginica']`);
  }
  if (classNames.length === 0) throw new Error(`${fn}: classNames is empty; give one name per class, or leave it out to number them`);
  classNames.forEach((n, i) => {
    if (typeof n !== 'string') throw new Error(`${fn}: classNames[${i}] is ${describeValue(n)}; class names must be strings`);
  });
  return classNames as string[];
}

/**
 * Confusion matrix and classification report of `yPred` against `yTrue`. Each may be labels
 * ([n] integers), one-hot or probability rows ([n, classes], read by argmax), or one column of
 * probabilities ([n] or [n, 1] between 0 and 1, thresholded at 0.5 as a binary classifier).
 */
function confusionMatrix(yTrue: ShowValues, yPred: ShowValues, classNamesOrOptions?: string[] | ConfusionMatrixOptions): DisplayBundle {
  const fn = 'show.confusionMatrix';
  const options: ConfusionMatrixOptions =
    classNamesOrOptions === undefined
      ? {}
      : Array.isArray(classNamesOrOptions)
        ? { classNames: classNamesOrOptions }
        : checkOptions<ConfusionMatrixOptions>(fn, classNamesOrOptions, ['classNames', 'title']);
  const classNames = checkClassNames(fn, options.classNames);
  const truthValues = readValues(fn, 'yTrue', yTrue);
  const predValues = readValues(fn, 'yPred', yPred);
  const truth = toLabels(fn, 'yTrue', truthValues);
  const pred = toLabels(fn, 'yPred', predValues);
  if (truth.labels.length !== pred.labels.length) {
    throw new Error(
      `${fn}: yTrue has ${truth.labels.length} samples (shape ${shapeText(truthValues.shape)}) but yPred has ` +
        `${pred.labels.length} (shape ${shapeText(predValues.shape)}); they must match one to one`,
    );
  }
  const count = classCount(fn, classNames, [
    ['yTrue', truth],
    ['yPred', pred],
  ]);
  checkRange(fn, 'yTrue', truth.labels, classNames, count);
  checkRange(fn, 'yPred', pred.labels, classNames, count);
  const report = classificationReport(truth.labels, pred.labels, classNames ?? count);
  return mimeBundle(
    classificationBundle({
      ...(options.title !== undefined ? { title: options.title } : {}),
      classNames: report.classNames,
      confusionMatrix: report.confusionMatrix,
      precision: report.precision,
      recall: report.recall,
      f1: report.f1,
      support: report.support,
      accuracy: report.accuracy,
      macro: report.macro,
      weighted: report.weighted,
    }),
  );
}

/**
 * MSE, MAE, RMSE and R² over every value, and a predicted-vs-actual chart with one point per
 * sample (the first axis, read as time): the sample's first value, i.e. column 0 of [n, outputs]
 * and the first step's first feature of [n, steps, features] sequence outputs (for a forecaster,
 * its one-step-ahead prediction). Shapes must match, axes of size 1 aside ([n] and [n, 1] do).
 */
function regression(yTrue: ShowValues, yPred: ShowValues, options: RegressionOptions = {}): DisplayBundle {
  const fn = 'show.regression';
  const { title, label } = checkOptions<RegressionOptions>(fn, options, ['title', 'label']);
  const truth = readValues(fn, 'yTrue', yTrue);
  const pred = readValues(fn, 'yPred', yPred);
  const [truthShape, predShape] = [squeezed(truth.shape), squeezed(pred.shape)];
  if (truth.values.length !== pred.values.length || shapeText(truthShape) !== shapeText(predShape)) {
    throw new Error(
      `${fn}: yTrue has shape ${shapeText(truth.shape)} (${truth.values.length} values) but yPred has shape ` +
        `${shapeText(pred.shape)} (${pred.values.length}); they must have the same shape (axes of size 1 aside)`,
    );
  }
  if (truth.values.length === 0) throw new Error(`${fn}: yTrue and yPred are empty; there is nothing to score`);
  for (const [name, { values }] of [
    ['yTrue', truth],
    ['yPred', pred],
  ] as const) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        throw new Error(
          `${fn}: ${name}[${i}] is ${values[i]}; every value must be a finite number (NaN predictions often mean training diverged)`,
        );
      }
    }
  }
  const report = regressionReport(truth.values, pred.values);
  const samples = truthShape.length === 0 ? 1 : truthShape[0];
  const series = seriesPayload(firstOfEachSample(truth.values, samples), firstOfEachSample(pred.values, samples), label);
  return mimeBundle(regressionBundle({ ...(title !== undefined ? { title } : {}), ...report, series }));
}

/**
 * What cells see as `show`: views of a model's results, from targets and predictions. Each returns
 * an output that shows itself as the cell's last expression, or passed to display(). The editor's
 * declarations are generated from this interface (cellGlobals.ts); its JSDoc is the hover text.
 */
export interface ShowApi {
  /**
   * Confusion matrix and classification report (precision, recall, F1, support per class) of
   * `yPred` against `yTrue`. Each may be labels ([n] integers), one-hot or probability rows
   * ([n, classes], read by argmax), or one column of probabilities (thresholded at 0.5).
   */
  confusionMatrix(yTrue: ShowValues, yPred: ShowValues, classNames?: string[] | ConfusionMatrixOptions): DisplayBundle;
  /** MSE, MAE, RMSE and R², and a predicted-vs-actual chart with one point per sample. */
  regression(yTrue: ShowValues, yPred: ShowValues, options?: RegressionOptions): DisplayBundle;
  /**
   * A grid of small images as one PNG, e.g. `show.images(x.slice([0], [20]).reshape([20, 28, 28]), { labels })`.
   * Images: [n, height, width], [n, height, width, 1 or 3], or [n, pixels] (square); values 0..1 or 0..255.
   */
  images(images: tf.Tensor | number[][] | number[][][] | number[][][][], options?: ImagesOptions): DisplayBundle;
  /**
   * A line chart (tfjs-vis render.linechart): `{ values: [{ x, y }, …] }`, or one array of points
   * per series with `series: [names]`.
   */
  line(data: XYData, options?: XYOptions): DisplayBundle;
  /** A scatter plot (tfjs-vis render.scatterplot), with the same data as show.line. */
  scatter(data: XYData, options?: XYOptions): DisplayBundle;
  /**
   * A histogram (tfjs-vis render.histogram) of numbers, a typed array, `[{ value }, …]` or a
   * tensor of any shape, with counts of zeros and of NaN/Infinity.
   */
  histogram(values: tf.Tensor | ArrayLike<number> | { value: number }[], options?: HistogramOptions): DisplayBundle;
  /** A heatmap (tfjs-vis render.heatmap) of a 2-D array or tensor, with tick labels. */
  heatmap(data: HeatmapInput, options?: HeatmapOptions): DisplayBundle;
}

/** The `show` builtin. */
export function createShow(): ShowApi {
  return {
    confusionMatrix,
    regression,
    images: showImages,
    line: showLine,
    scatter: showScatter,
    histogram: showHistogram,
    heatmap: showHeatmap,
  };
}
