/**
 * A tf.LayersModel as MODEL_MIME: the Keras-style summary (layer, output shape, parameters)
 * that model.summary() prints to the console, as data the page can lay out as a table.
 */
import * as tf from '@tensorflow/tfjs';
import { MODEL_MIME, type ModelLayer, type ModelSummary } from '../../../lib/outputs/mime';
import { modelSummaryText } from '../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../lib/notebook/types';

type Layer = tf.LayersModel['layers'][number];

/** Weights always have concrete shapes; null (a batch axis) cannot occur in one, so it counts 0. */
function sizeOf(shape: readonly (number | null)[]): number {
  return shape.reduce<number>((a, b) => a * (b ?? 0), 1);
}

/** Output shape as tfjs prints it, "[null,10]"; "multiple" for layers with several outputs or uses. */
function outputShapeOf(layer: Layer): string {
  try {
    const shape = layer.outputShape;
    // A Shape is (number | null)[]; a list of them means several outputs.
    if (!Array.isArray(shape[0])) return JSON.stringify(shape);
    return shape.length === 1 ? JSON.stringify(shape[0]) : 'multiple';
  } catch {
    // tfjs throws for a layer used at several nodes, or never called; Keras prints "multiple".
    return 'multiple';
  }
}

function paramsOf(layer: Layer): number {
  try {
    return layer.countParams();
  } catch {
    // An unbuilt layer has no weights yet.
    return 0;
  }
}

/** The summary of a model: one row per layer and the parameter totals. */
export function modelSummary(model: tf.LayersModel): ModelSummary {
  const layers: ModelLayer[] = model.layers.map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    outputShape: outputShapeOf(layer),
    params: paramsOf(layer),
  }));
  // Counted from the weights, not summed per layer, so weights shared by two layers count once.
  const trainableParams = model.trainableWeights.reduce((n, w) => n + sizeOf(w.shape), 0);
  const nonTrainableParams = model.nonTrainableWeights.reduce((n, w) => n + sizeOf(w.shape), 0);
  return {
    name: model.name,
    layers,
    totalParams: trainableParams + nonTrainableParams,
    trainableParams,
    nonTrainableParams,
  };
}

/** A model's bundle: the summary as data and as Keras-style text. */
export function modelBundle(model: tf.LayersModel): MimeBundle {
  const summary = modelSummary(model);
  return { 'text/plain': modelSummaryText(summary), [MODEL_MIME]: summary };
}

/** One-line description of a model for nested display, e.g. `Sequential "sequential_1" (3 layers)`. */
export function describeModel(model: tf.LayersModel): string {
  const count = model.layers.length;
  return `${model.getClassName()} "${model.name}" (${count} layer${count === 1 ? '' : 's'})`;
}
