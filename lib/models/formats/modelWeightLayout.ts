/**
 * The weights a model topology needs, as TensorFlow.js builds it: per layer, in model.layers
 * order, each weight's name (what model.save writes in weightSpecs and tf.loadLayersModel
 * matches) and shape. Building the model is the one reliable source: shapes follow from the
 * layers' options and their inputs' shapes, which only tfjs's own layer code computes.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';

/** One weight variable the topology creates. */
export interface WeightSlot {
  name: string;
  shape: number[];
}

/** One layer and the weights it owns, trainable first (Keras's and tfjs's order). */
export interface LayerWeights {
  name: string;
  className: string;
  weights: WeightSlot[];
}

/** Everything a format needs to know about the built model. */
export interface ModelWeightLayout {
  layers: LayerWeights[];
  /** Output shape and dtype of `layer`'s inbound node `node`, output `tensor`. */
  tensorSpec(layer: string, node: number, tensor: number): { shape: (number | null)[]; dtype: string };
}

/** Builds the topology with tfjs (weights randomly initialised, then discarded) and reads its layout. */
export async function modelWeightLayout(modelTopology: ModelArtifactsData['modelTopology'], where: string): Promise<ModelWeightLayout> {
  let model: tf.LayersModel;
  try {
    model = await tf.models.modelFromJSON({ modelTopology: modelTopology as unknown as tf.io.ModelJSON['modelTopology'] });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelFormatError(`${where}: TensorFlow.js cannot build the model (${reason}). Check that the model uses supported layers and save it again.`, { cause: error });
  }
  try {
    const specs = new Map<string, { shape: (number | null)[]; dtype: string }>();
    const layers = model.layers.map((layer) => {
      layer.inboundNodes.forEach((node, n) =>
        node.outputTensors.forEach((t, i) => specs.set(`${layer.name}|${n}|${i}`, { shape: [...t.shape], dtype: t.dtype })),
      );
      return { name: layer.name, className: layer.getClassName(), weights: layer.weights.map((w) => ({ name: w.originalName, shape: [...w.shape] as number[] })) };
    });
    return {
      layers,
      tensorSpec(layer, node, tensor) {
        const spec = specs.get(`${layer}|${node}|${tensor}`);
        if (!spec) throw new ModelFormatError(`The model refers to output ${tensor} of node ${node} of layer "${layer}", which it does not have. Rebuild the model and export again.`);
        return spec;
      },
    };
  } finally {
    model.dispose();
  }
}
