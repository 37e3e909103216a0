/**
 * The weights a model topology needs, as TensorFlow.js builds it: per layer, in model.layers
 * order, each weight's name (what model.save writes in weightSpecs and tf.loadLayersModel
 * matches) and shape, plus every layer's output shapes. Building the model is the one reliable
 * source: shapes follow from the layers' options and their inputs' shapes, which only tfjs's own
 * layer code computes. It is built with zero initializers, so big orthogonal or random
 * initializations (an LSTM's recurrent kernel, say) cost nothing; the values are discarded.
 */
import * as tf from '@tensorflow/tfjs';
import { withZeroInitializers } from './kerasModelConfig';
import { ModelFormatError } from './modelFormatError';

/** One weight of the built model: the name tf.loadLayersModel matches and the shape it needs. */
export interface WeightSlot {
  name: string;
  shape: number[];
}

/** One top-level layer and the weights it owns, trainable first (Keras's and tfjs's order). */
export interface LayerWeights {
  name: string;
  className: string;
  weights: WeightSlot[];
}

/** Shape and dtype of one output tensor of a layer. */
export interface TensorSpec {
  shape: (number | null)[];
  dtype: string;
}

/** Everything a format needs to know about the built model. */
export interface ModelWeightLayout {
  /** Top-level layers in model.layers order (a Sequential model's InputLayer included). */
  layers: LayerWeights[];
  /** Every weight in the model's own order (model.weights), which saved weight specs follow. */
  modelOrder: WeightSlot[];
  /** Output `tensor` of `layer`'s inbound node `node`. */
  tensorSpec(layer: string, node: number, tensor: number): TensorSpec;
}

const slotOf = (w: tf.LayerVariable): WeightSlot => ({ name: w.originalName, shape: [...w.shape] as number[] });

/** Builds a Keras 2 / tfjs style topology with tfjs and reads its layout; `where` prefixes errors. */
export async function modelWeightLayout(topology: { class_name: string; config: unknown }, where: string): Promise<ModelWeightLayout> {
  let model: tf.LayersModel;
  try {
    model = await tf.models.modelFromJSON({ modelTopology: withZeroInitializers(topology) as tf.io.ModelJSON['modelTopology'] });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ModelFormatError(
      `${where}: TensorFlow.js cannot build this model (${reason}). Check that the model uses only supported layers and options, then save it again.`,
      { cause },
    );
  }
  try {
    const specs = new Map<string, TensorSpec>();
    const layers = model.layers.map((layer) => {
      layer.inboundNodes.forEach((node, n) =>
        node.outputTensors.forEach((t, i) => specs.set(`${layer.name}|${n}|${i}`, { shape: [...t.shape], dtype: t.dtype })),
      );
      return { name: layer.name, className: layer.getClassName(), weights: layer.weights.map(slotOf) };
    });
    return {
      layers,
      modelOrder: model.weights.map(slotOf),
      tensorSpec(layer, node, tensor) {
        const spec = specs.get(`${layer}|${node}|${tensor}`);
        if (!spec)
          throw new ModelFormatError(
            `The model refers to output ${tensor} of node ${node} of layer "${layer}", which it does not have. Rebuild the model and export again.`,
          );
        return spec;
      },
    };
  } finally {
    model.dispose();
  }
}
