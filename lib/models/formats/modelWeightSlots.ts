/**
 * The weights a model topology needs, as TensorFlow.js will name and shape them when it loads
 * the topology: found by building it in tfjs (with zero initializers, so big orthogonal or
 * random initializations cost nothing) rather than re-deriving every layer's shape rules.
 */
import * as tf from '@tensorflow/tfjs';
import { ModelFormatError } from './modelFormatError';
import { withZeroInitializers, type ModelConfig } from './kerasModelConfig';

/** One weight of the built model: the name tf.loadLayersModel matches and the shape it needs. */
export interface WeightSlot {
  name: string;
  shape: number[];
}

export interface ModelWeightSlots {
  /** Top-level layer name → its weights, in Keras's legacy order (trainable, then non-trainable). */
  byLayer: Map<string, WeightSlot[]>;
  /** Every weight in the model's own order (model.weights), which the weight specs follow. */
  modelOrder: WeightSlot[];
}

export async function modelWeightSlots(topology: ModelConfig, fileName: string): Promise<ModelWeightSlots> {
  let model: tf.LayersModel;
  try {
    model = await tf.models.modelFromJSON({ modelTopology: withZeroInitializers(topology) as Parameters<typeof tf.models.modelFromJSON>[0]['modelTopology'] });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ModelFormatError(`${fileName}: TensorFlow.js cannot build this model (${reason}). Check that the model uses only supported layers and options, then save it again.`, { cause });
  }
  try {
    const slot = (w: tf.LayerVariable): WeightSlot => ({ name: w.originalName, shape: [...w.shape] as number[] });
    const byLayer = new Map<string, WeightSlot[]>();
    for (const layer of model.layers) {
      byLayer.set(layer.name, [...layer.trainableWeights, ...layer.nonTrainableWeights].map(slot));
    }
    return { byLayer, modelOrder: model.weights.map(slot) };
  } finally {
    model.dispose();
  }
}
