/**
 * The parts of tfjs-layers' compiled model that model.fit itself uses (loss functions, metric
 * functions, the trainable variables in optimizer order). A tf.Sequential delegates to an
 * inner LayersModel, where these live; we read them there. Kept in one place because they
 * are internals: if tfjs renames them, only this file changes.
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
