/**
 * TensorFlow.js's layers-model format: model.json (topology, weightsManifest, trainingConfig)
 * beside .bin shards holding the weights back to back. The reader checks what tf.loadLayersModel
 * would only discover later or never (a missing shard, a short one, weights of another model),
 * dequantises weights to float32 and, for a model.json that tensorflowjs_converter made from a
 * Keras 3 model, translates its Keras 3 topology. The writer produces what tf.loadLayersModel
 * and tfjs's browserDownloads agree on: one `${baseName}.weights.bin` next to the JSON.
 */
import * as tf from '@tensorflow/tfjs';
import { keras3ConfigToTfjs } from './keras3Config';
import { isObject, type Json } from './keras3Objects';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { checkSupportedLayer, SUPPORTED_MODELS } from './supportedLayers';
import { kerasTrainingConfigToTfjs } from './trainingConfig';
import { weightDataBytes } from './weightBuffer';

function parseModelJson(text: string): Json {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelFormatError(
      'model.json is not valid JSON, so it is not a TensorFlow.js model. Choose the model.json that model.save or tensorflowjs_converter wrote.',
      { cause: error },
    );
  }
  if (!isObject(json)) throw new ModelFormatError('model.json is not a TensorFlow.js model (it is not a JSON object).');
  if (json.format === 'graph-model' || (isObject(json.modelTopology) && 'node' in json.modelTopology)) {
    throw new ModelFormatError(
      'model.json is a TensorFlow.js graph model (converted from a SavedModel), which has no layers to import. Convert the Keras model with tensorflowjs_converter --output_format tfjs_layers_model, or save it with model.save in TensorFlow.js.',
    );
  }
  if (json.format !== undefined && json.format !== 'layers-model') {
    throw new ModelFormatError(
      `model.json has format "${String(json.format)}"; Sparkbook imports TensorFlow.js layers models (format "layers-model").`,
    );
  }
  if (!isObject(json.modelTopology) || !Array.isArray(json.weightsManifest)) {
    throw new ModelFormatError(
      'model.json has no modelTopology or weightsManifest, so it is not a TensorFlow.js layers model. Choose the model.json that model.save wrote.',
    );
  }
  return json;
}

/** tensorflowjs_converter wraps the Keras model as `{ model_config, training_config, keras_version }`. */
function topologyAndTraining(json: Json): Pick<ModelArtifactsData, 'modelTopology' | 'trainingConfig'> {
  const outer = json.modelTopology as Json;
  const inner = (isObject(outer.model_config) ? outer.model_config : outer) as Json;
  const layers = isObject(inner.config) && Array.isArray(inner.config.layers) ? inner.config.layers : [];
  const isKeras3 = 'module' in inner || layers.some((l) => isObject(l) && 'module' in l);
  const keepVersion = (t: ModelArtifactsData['modelTopology']) =>
    typeof outer.keras_version === 'string' ? { ...t, keras_version: outer.keras_version } : t;
  if (isKeras3) {
    const translated = keras3ConfigToTfjs(inner, 'model.json');
    const trainingConfig = (json.trainingConfig as tf.io.TrainingConfig | undefined) ?? translated.trainingConfig;
    return { modelTopology: keepVersion(translated.modelTopology), ...(trainingConfig ? { trainingConfig } : {}) };
  }
  const className = String(inner.class_name);
  if (!(SUPPORTED_MODELS as readonly string[]).includes(className)) {
    throw new ModelFormatError(`model.json holds a ${className} model; Sparkbook imports ${SUPPORTED_MODELS.join(', ')} models.`);
  }
  for (const layer of layers as Json[]) {
    const config = isObject(layer.config) ? layer.config : {};
    checkSupportedLayer(String(layer.class_name), String(config.name ?? layer.name));
  }
  const trainingConfig =
    (json.trainingConfig as tf.io.TrainingConfig | undefined) ?? kerasTrainingConfigToTfjs(outer.training_config ?? null, 'model.json');
  return { modelTopology: keepVersion(inner as ModelArtifactsData['modelTopology']), ...(trainingConfig ? { trainingConfig } : {}) };
}

/** Layer names of a Keras 2 style topology: every weight name starts with one of them. */
function layerNames(topology: ModelArtifactsData['modelTopology']): Set<string> {
  const config = topology.config as Json;
  const layers = Array.isArray(config.layers) ? (config.layers as Json[]) : [];
  return new Set(layers.map((l) => String((isObject(l.config) ? l.config.name : undefined) ?? l.name)));
}

/** Reads a layers-model model.json and its shards (by file name, as the manifest's paths end). */
export function readTfjsLayers(modelJson: string, shards: Map<string, Uint8Array>): ModelArtifactsData {
  const json = parseModelJson(modelJson);
  const manifest = json.weightsManifest as tf.io.WeightsManifestConfig;
  const buffers: ArrayBuffer[] = [];
  for (const group of manifest) {
    for (const path of group.paths) {
      const name = path.split('/').pop() ?? path;
      const bytes = shards.get(name);
      if (!bytes)
        throw new ModelFormatError(
          `model.json lists the weight file "${name}", which was not chosen. Select model.json together with all its .bin files (${manifest.flatMap((g) => g.paths).join(', ')}).`,
        );
      buffers.push(bytes.slice().buffer);
    }
  }
  const allSpecs = tf.io.getWeightSpecs(manifest);
  const weightData = tf.io.concatenateArrayBuffers(buffers);
  const expected = weightDataBytes(allSpecs, 'model.json');
  if (weightData.byteLength !== expected) {
    throw new ModelFormatError(
      `The .bin files hold ${weightData.byteLength} bytes, but model.json describes ${expected} bytes of weights. A file is truncated or belongs to another model; export the model again.`,
    );
  }
  const { modelTopology, trainingConfig } = topologyAndTraining(json);
  const names = layerNames(modelTopology);
  // Optimizer state is not carried: the other formats cannot hold tfjs's optimizer slots.
  const specs = allSpecs.filter((spec) => spec.group !== 'optimizer');
  for (const spec of specs) {
    if (!names.has(spec.name.split('/')[0])) {
      throw new ModelFormatError(
        `model.json: weight "${spec.name}" belongs to no layer of the model. The weights are from another model; export the model again.`,
      );
    }
  }
  const tensors = tf.io.decodeWeights(weightData, allSpecs);
  try {
    const values = specs.map((spec) => {
      const tensor = tensors[spec.name];
      if (tensor.dtype !== 'float32')
        throw new ModelFormatError(
          `model.json: weight "${spec.name}" is ${tensor.dtype}; layers models hold float32 weights. Export the model again.`,
        );
      return tensor.dataSync() as Float32Array;
    });
    return {
      modelTopology,
      // Quantised weights are decoded to float32, so every format reads the same plain specs.
      weightSpecs: specs.map((spec) => ({ name: spec.name, shape: spec.shape, dtype: 'float32' as const })),
      weightData: tf.io.concatenateArrayBuffers(values.map((v) => v.slice().buffer)),
      ...(trainingConfig ? { trainingConfig } : {}),
    };
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** The model.json and weight file tf.loadLayersModel loads; the manifest's path is relative. */
export function writeTfjsLayers(
  artifacts: ModelArtifactsData,
  baseName: string,
): { modelJson: string; weightFiles: { name: string; bytes: Uint8Array }[] } {
  const weightsName = `${baseName}.weights.bin`;
  const modelJson: tf.io.ModelJSON = {
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers} (Sparkbook)`,
    convertedBy: null,
    modelTopology: artifacts.modelTopology as unknown as tf.io.ModelJSON['modelTopology'],
    weightsManifest: [{ paths: [`./${weightsName}`], weights: artifacts.weightSpecs }],
    ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
  };
  return { modelJson: JSON.stringify(modelJson), weightFiles: [{ name: weightsName, bytes: new Uint8Array(artifacts.weightData) }] };
}
