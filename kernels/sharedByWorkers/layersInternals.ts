/**
 * The parts of tfjs-layers' compiled model that model.fit itself uses (loss functions, metric
 * functions, the trainable variables in optimizer order). A tf.Sequential delegates to an
 * inner LayersModel, where these live; we read them there. Also where a layer's weight keeps its
 * tensor, which the kernel trace swaps for a stand-in. Kept in one place because they are
 * internals: if tfjs renames them, only this file changes.
 */
import * as tf from '@tensorflow/tfjs';

export type LossFn = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

export interface CompiledInternals {
  lossFunctions: LossFn[];
  metricsTensors: [LossFn, number][];
  metricsNames: string[];
  collectedTrainableWeights: { read(): tf.Variable }[];
  calculateLosses(): tf.Scalar[];
}

export function compiledInternals(model: tf.LayersModel): CompiledInternals {
  const inner = (model as unknown as { model?: tf.LayersModel }).model;
  const target = (model instanceof tf.Sequential && inner ? inner : model) as unknown as CompiledInternals;
  if (!target.lossFunctions || !target.collectedTrainableWeights) {
    throw new Error('The model is not compiled: call model.compile({ optimizer, loss, metrics }) first.');
  }
  return target;
}

/** A layer weight: read() returns the tf.Variable it holds (LayerVariable's `val`). */
type LayerWeight = tf.layers.Layer['weights'][number];

/** Makes `weight.read()` return `value` (and `write` assign to it); returns the variable it held. */
export function replaceWeightValue(weight: LayerWeight, value: tf.Variable): tf.Variable {
  const holder = weight as unknown as { val: tf.Variable };
  const held = holder.val;
  if (!(held instanceof tf.Variable))
    throw new Error(`tfjs-layers no longer keeps ${weight.name}'s value in \`val\`; update layersInternals.ts.`);
  holder.val = value;
  return held;
}
