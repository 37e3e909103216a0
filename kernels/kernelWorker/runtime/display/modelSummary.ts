/**
 * A tf.LayersModel as MODEL_MIME: the Keras-style summary (layer, output shape, parameters)
 * that model.summary() prints to the console, as data the page can lay out as a table.
 */
import * as tf from '@tensorflow/tfjs';
import { MODEL_MIME } from '../../../../lib/outputs/mime';
import { modelSummary } from '../../../../lib/models/modelSummary';
import { modelSummaryText } from '../../../../lib/outputs/plainText';
import type { MimeBundle } from '../../../../lib/notebook/types';

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
