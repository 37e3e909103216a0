/**
 * The Keras-style summary of a tf.LayersModel (layer, output shape, parameters) that
 * model.summary() prints, as data: shown for a model in a cell, and kept with each model in
 * the repository so its page needs no TensorFlow.js to show it.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ModelLayer, ModelSummary } from '../outputs/mime';

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
