/**
 * Reads a Keras .h5 model (model.save from Keras 1.x, Keras 2.x or tf.keras) into model
 * artifacts tf.loadLayersModel accepts. Weights are matched to layers the way Keras's own loader
 * does (by layer, then by position within the layer), re-laid out for Keras 1 and Theano files,
 * and checked against the shapes tfjs builds, so a mismatch is reported here with the weight's
 * name instead of surfacing later as a tensor error.
 */
import { readH5 } from './h5';
import { keras1ModelConfigToKeras2, type LayerSpec } from './keras1Config';
import { keras1WeightsToKeras2, theanoKernelsToTensorflow } from './keras1Weights';
import { readKerasH5Contents, type FileWeight } from './kerasH5File';
import { normaliseModelConfig, type ModelConfig } from './kerasModelConfig';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { modelWeightLayout, type WeightSlot } from './modelWeightLayout';
import { kerasTrainingConfigToTfjs } from './trainingConfig';
import { sameShape, shapeText, type WeightArray } from './weightArrays';
import { concatFloat32 } from './weightBuffer';

/** Top-level layer name → its config, for the weight re-layouts that depend on layer options. */
function layerSpecs(topology: ModelConfig): Map<string, LayerSpec> {
  const layers = (topology.config.layers ?? []) as LayerSpec[];
  return new Map(layers.map((layer) => [String(layer.name ?? layer.config.name), layer]));
}

function toKeras2Topology(modelConfig: unknown, keras1: boolean, fileName: string): ModelConfig {
  if (!keras1) return normaliseModelConfig(modelConfig, fileName);
  const model = modelConfig as { class_name?: unknown; config?: unknown };
  if (typeof model?.class_name !== 'string')
    throw new ModelFormatError(`${fileName}: the model configuration is not a Keras model. Save the model again with model.save.`);
  return normaliseModelConfig(keras1ModelConfigToKeras2({ class_name: model.class_name, config: model.config }), fileName);
}

function layerWeightsFor(
  name: string,
  slots: WeightSlot[],
  fileWeights: FileWeight[] | undefined,
  spec: LayerSpec | undefined,
  options: { keras1: boolean; theano: boolean; fileName: string },
): WeightArray[] {
  if (!fileWeights || fileWeights.length === 0) {
    throw new ModelFormatError(
      `${options.fileName} has no weights for layer "${name}", which needs ${slots.map((s) => s.name).join(', ')}. The file is incomplete; save the model again with model.save.`,
    );
  }
  let weights: WeightArray[] = fileWeights;
  if (spec && options.keras1) weights = keras1WeightsToKeras2(spec, weights);
  if (spec && options.theano) weights = theanoKernelsToTensorflow(spec, weights);
  if (weights.length !== slots.length) {
    throw new ModelFormatError(
      `${options.fileName}: layer "${name}" has ${weights.length} weights in the file (${fileWeights.map((w) => w.name).join(', ')}) but the layer needs ${slots.length} (${slots.map((s) => s.name).join(', ')}). Save the model again with model.save.`,
    );
  }
  weights.forEach((w, i) => {
    if (!sameShape(w.shape, slots[i].shape)) {
      throw new ModelFormatError(
        `Weight ${slots[i].name} has shape ${shapeText(w.shape)} in the file but the layer needs ${shapeText(slots[i].shape)} (${options.fileName}). The model configuration and weights disagree; save the model again with model.save.`,
      );
    }
  });
  return weights;
}

/**
 * The compile settings, or none with a note saying why: an optimizer option tfjs lacks (a
 * learning-rate decay, say) should not stop the trained model itself from being imported.
 */
function compileSettings(
  keras: unknown,
  fileName: string,
): { trainingConfig?: ReturnType<typeof kerasTrainingConfigToTfjs>; notes: string[] } {
  try {
    return { trainingConfig: kerasTrainingConfigToTfjs(keras, fileName), notes: [] };
  } catch (error) {
    if (!(error instanceof ModelFormatError)) throw error;
    return { notes: [`The model was imported without its compile settings: compile it in a cell after models.load. ${error.message}`] };
  }
}

/** Reads a Keras .h5 model file; every failure is a ModelFormatError that names what is wrong. */
export async function readKerasH5(bytes: Uint8Array, fileName: string): Promise<ModelArtifactsData> {
  const contents = await readH5(bytes, (file) => readKerasH5Contents(file, fileName), fileName);
  // Keras 2's loader treats a file without keras_version as Keras 1, as here.
  const keras1 = contents.kerasVersion === null || /^1(\.|$)/.test(contents.kerasVersion);
  const topology = toKeras2Topology(contents.modelConfig, keras1, fileName);
  const { trainingConfig, notes } = compileSettings(contents.trainingConfig, fileName);
  const layout = await modelWeightLayout(topology, fileName);
  const specs = layerSpecs(topology);
  const options = { keras1, theano: contents.backend === 'theano', fileName };

  const values = new Map<string, WeightArray>();
  const needWeights = new Set<string>();
  for (const layer of layout.layers) {
    if (layer.weights.length === 0) continue;
    needWeights.add(layer.name);
    const weights = layerWeightsFor(layer.name, layer.weights, contents.layerWeights.get(layer.name), specs.get(layer.name), options);
    layer.weights.forEach((slot, i) => values.set(slot.name, weights[i]));
  }
  for (const [layerName, weights] of contents.layerWeights) {
    if (weights.length > 0 && !needWeights.has(layerName)) {
      throw new ModelFormatError(
        `${fileName} has weights for a layer "${layerName}" that the model configuration does not have (or that needs none). The file is inconsistent; save the model again with model.save.`,
      );
    }
  }

  const artifacts: ModelArtifactsData = {
    modelTopology: { ...topology, keras_version: contents.kerasVersion ?? '1', ...(contents.backend ? { backend: contents.backend } : {}) },
    weightSpecs: layout.modelOrder.map((slot) => ({ name: slot.name, shape: slot.shape, dtype: 'float32' as const })),
    weightData: concatFloat32(layout.modelOrder.map((slot) => values.get(slot.name)!.data)),
  };
  if (trainingConfig) artifacts.trainingConfig = trainingConfig;
  if (notes.length > 0) artifacts.importNotes = notes;
  return artifacts;
}
