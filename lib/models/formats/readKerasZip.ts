/**
 * Reads a Keras 3 `.keras` file: a zip of config.json (the model), metadata.json (Keras version)
 * and model.weights.h5 (the variables, laid out as keras3WeightPaths.ts describes). The
 * variables are matched to the weights TensorFlow.js builds for the translated topology, layer by
 * layer, so a missing, extra or misshapen variable is reported by the weight's name instead of
 * loading a model that predicts garbage. Optimizer state in the file is not read.
 */
import { unzipSync } from 'fflate';
import type { Dataset, File as H5File, Group } from 'h5wasm';
import { readH5 } from './h5';
import { float32Values, h5DtypeName } from './h5Datasets';
import { keras3ConfigToTfjs } from './keras3Config';
import { keras3ModelLayers, keras3VarsPaths } from './keras3WeightPaths';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { modelWeightLayout, type LayerWeights } from './modelWeightLayout';
import { sameShape, shapeText } from './weightArrays';
import { concatFloat32 } from './weightBuffer';

const WEIGHTS_FILE = 'model.weights.h5';

function unzipKeras(bytes: Uint8Array, fileName: string): Record<string, Uint8Array> {
  const notKeras = `${fileName} is not a Keras .keras file`;
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ModelFormatError(
      `${notKeras} (a .keras file is a zip archive, and this is not one). Choose the file that Keras 3's model.save("name.keras") wrote.`,
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ModelFormatError(
      `${notKeras}: the zip archive cannot be read (${error instanceof Error ? error.message : String(error)}); it is probably truncated. Download or save it again.`,
      { cause: error },
    );
  }
  if (!files['config.json']) {
    const names = Object.keys(files).slice(0, 5).join(', ');
    throw new ModelFormatError(
      `${notKeras}: the zip archive has no config.json (it holds ${names || 'nothing'}). Choose the file that Keras 3's model.save("name.keras") wrote.`,
    );
  }
  return files;
}

function parseJson(bytes: Uint8Array, what: string, fileName: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new ModelFormatError(`${fileName}: ${what} is not valid JSON, so the file is damaged. Save the model again.`, { cause: error });
  }
}

/** Float32 contents of a variable; float64 is narrowed, other types refused. */
function float32Of(dataset: Dataset, weightName: string, fileName: string): Float32Array {
  // Keras 3 marks values h5 has no type for (bfloat16) with a `dtype` attribute; those are refused too.
  const declared = dataset.attrs['dtype']?.value;
  const data = declared === undefined ? float32Values(dataset) : null;
  if (data) return data;
  const dtype = typeof declared === 'string' ? declared : h5DtypeName(dataset.metadata);
  throw new ModelFormatError(
    `${fileName}: weight "${weightName}" is stored as ${dtype}; Sparkbook imports float32 (or float64) weights. Cast the model to float32 in Keras and save it again.`,
  );
}

/** The datasets "0", "1", ... of a vars group, checked against the layer's weights. */
function readLayerVars(file: H5File, varsPath: string, layer: LayerWeights, fileName: string): Float32Array[] {
  const group = file.get(varsPath) as Group | null;
  const keys = group ? group.keys() : [];
  const where = `${fileName}: layer "${layer.name}" (${WEIGHTS_FILE} ${varsPath})`;
  if (keys.length !== layer.weights.length) {
    const expected = layer.weights.map((w) => `${w.name} ${shapeText(w.shape)}`).join(', ');
    const verb = keys.length < layer.weights.length ? 'is missing variables' : 'has extra variables';
    throw new ModelFormatError(
      `${where} ${verb}: it has ${keys.length}, the model needs ${layer.weights.length} (${expected}). The file is incomplete or does not belong to this config; save the model again.`,
    );
  }
  return layer.weights.map((weight, i) => {
    const dataset = group?.get(String(i)) as Dataset | null;
    if (!dataset || typeof dataset.shape === 'undefined') {
      throw new ModelFormatError(
        `${where} has no variable "${i}" for weight "${weight.name}" ${shapeText(weight.shape)}. Save the model again.`,
      );
    }
    const shape = dataset.shape ?? [];
    if (!sameShape(shape, weight.shape)) {
      throw new ModelFormatError(
        `${fileName}: weight "${weight.name}" has shape ${shapeText(shape)} in ${WEIGHTS_FILE}, but the model's config needs ${shapeText(weight.shape)}. The weights belong to a different model; save the model again.`,
      );
    }
    return float32Of(dataset, weight.name, fileName);
  });
}

/** Layer groups in the file that no layer of the model claims (a layer removed from the config, say). */
function unclaimedLayerGroups(file: H5File, prefix: string, claimed: Set<string>): string[] {
  const group = file.get(prefix) as Group | null;
  if (!group) return [];
  const holdsVariables = (entity: unknown): boolean => {
    const { type } = entity as { type?: string };
    if (type === 'Dataset') return true;
    return type === 'Group' && (entity as Group).keys().some((key) => holdsVariables((entity as Group).get(key)));
  };
  return group.keys().filter((key) => !claimed.has(`${prefix}/${key}`) && holdsVariables(group.get(key)));
}

function readWeights(file: H5File, layers: LayerWeights[], fileName: string): Float32Array[] {
  // tf.keras 2.13-2.15 wrote the same layout under another name (Keras 3's loader reads both).
  const prefix = file.get('layers') ? 'layers' : file.get('_layer_checkpoint_dependencies') ? '_layer_checkpoint_dependencies' : 'layers';
  const paths = keras3VarsPaths(layers, prefix);
  const extra = unclaimedLayerGroups(file, prefix, new Set(paths.map((p) => p.layerPath)));
  if (extra.length > 0) {
    throw new ModelFormatError(
      `${fileName}: ${WEIGHTS_FILE} has weights for layers the config does not have (${extra.join(', ')}). The file was edited or is damaged; save the model again.`,
    );
  }
  return layers.flatMap((layer, i) => readLayerVars(file, paths[i].varsPath, layer, fileName));
}

/** Reads a Keras 3 `.keras` file into model artifacts. */
export async function readKerasZip(bytes: Uint8Array, fileName: string): Promise<ModelArtifactsData> {
  const files = unzipKeras(bytes, fileName);
  const { modelTopology, trainingConfig } = keras3ConfigToTfjs(parseJson(files['config.json'], 'config.json', fileName), fileName);
  const metadata = files['metadata.json'] ? parseJson(files['metadata.json'], 'metadata.json', fileName) : {};
  const kerasVersion = (metadata as { keras_version?: unknown }).keras_version;
  if (typeof kerasVersion === 'string') modelTopology.keras_version = kerasVersion;

  const weightsBytes = files[WEIGHTS_FILE];
  if (!weightsBytes) {
    const npz = files['model.weights.npz'] ? ' (it has model.weights.npz: it was saved with weights_format="npz")' : '';
    throw new ModelFormatError(`${fileName} has no ${WEIGHTS_FILE}${npz}. Save the model again with model.save("name.keras").`);
  }
  const layout = await modelWeightLayout(modelTopology, fileName);
  const layers = keras3ModelLayers(modelTopology.class_name, layout.layers);
  const values = await readH5(weightsBytes, (file) => readWeights(file, layers, fileName), `${fileName} (${WEIGHTS_FILE})`);

  const weights = layers.flatMap((l) => l.weights);
  return {
    modelTopology,
    weightSpecs: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: 'float32' as const })),
    weightData: concatFloat32(values),
    ...(trainingConfig ? { trainingConfig } : {}),
  };
}
