/**
 * The raw contents of a Keras .h5 model file, read with h5wasm and nothing interpreted yet: the
 * root attributes, and each layer's weights in the order its `weight_names` attribute lists them.
 * Keras writes its string attributes as bytes or as str depending on version and h5py; h5wasm
 * decodes both to strings, and long name lists may be split into `layer_names0`, `layer_names1`...
 */
import type * as H5 from 'h5wasm';
import { float32Values, h5DtypeName } from './h5Datasets';
import { ModelFormatError } from './modelFormatError';
import type { WeightArray } from './weightArrays';

/** A weight as the file stores it: the name from `weight_names` and its values as float32. */
export interface FileWeight extends WeightArray {
  name: string;
}

export interface KerasH5Contents {
  kerasVersion: string | null;
  backend: string | null;
  modelConfig: unknown;
  trainingConfig: unknown;
  /** Layer name → its weights, for each layer `model_weights` lists (including layers without weights). */
  layerWeights: Map<string, FileWeight[]>;
}

function attrString(holder: H5.Group, name: string): string | null {
  const attr = holder.attrs[name];
  if (!attr) return null;
  const value = attr.value;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return value === null ? null : String(value);
}

/** A string-list attribute, joined from its chunks when Keras had to split it. */
export function attrStringList(holder: H5.Group, name: string): string[] | null {
  const read = (key: string) => {
    const value = holder.attrs[key]?.value;
    if (value === undefined || value === null) return null;
    // Keras writes an empty list as an empty (numeric or string) array, which h5wasm may read as "".
    if (ArrayBuffer.isView(value) && !(value instanceof Uint8Array)) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v))).filter((v) => v !== '');
  };
  const whole = read(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; ; i++) {
    const chunk = read(`${name}${i}`);
    if (!chunk) return i === 0 ? null : chunks;
    chunks.push(...chunk);
  }
}

function parseJson(text: string | null, what: string, fileName: string): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ModelFormatError(
      `${fileName}: the ${what} is not valid JSON, so the file is damaged or not a Keras model. Save the model again with model.save.`,
      { cause },
    );
  }
}

function readWeight(group: H5.Group, layerName: string, weightName: string, fileName: string): FileWeight {
  const entity = group.get(weightName);
  if (!entity || !('shape' in entity) || !('metadata' in entity)) {
    throw new ModelFormatError(
      `${fileName}: layer "${layerName}" lists the weight "${weightName}" but the file has no such dataset; the file is damaged. Save the model again.`,
    );
  }
  const dataset = entity as H5.Dataset;
  let data: Float32Array | null;
  try {
    data = float32Values(dataset);
  } catch (cause) {
    throw new ModelFormatError(
      `${fileName}: weight "${weightName}" of layer "${layerName}" cannot be read; the file is probably truncated. Save the model again.`,
      { cause },
    );
  }
  if (!data) {
    throw new ModelFormatError(
      `${fileName}: weight "${weightName}" of layer "${layerName}" is ${h5DtypeName(dataset.metadata)}; Sparkbook imports float32 (or float64) weights. Cast the model to float32 in Keras (e.g. without mixed precision) and save again.`,
    );
  }
  return { name: weightName, data, shape: dataset.shape ?? [] };
}

/** Reads everything readKerasH5 needs from an open file; no interpretation beyond decoding. */
export function readKerasH5Contents(file: H5.File, fileName: string): KerasH5Contents {
  const modelConfig = parseJson(attrString(file, 'model_config'), 'model configuration', fileName);
  const weightsGroup = file.get('model_weights') as H5.Group | null;
  const topLayerNames = attrStringList(file, 'layer_names');
  if (modelConfig === null) {
    const weightsOnly = topLayerNames !== null || weightsGroup !== null;
    throw new ModelFormatError(
      weightsOnly
        ? `${fileName} is a weights-only file (saved with model.save_weights): it has no model architecture. Save the whole model with model.save("model.h5") and import that file.`
        : `${fileName} is an HDF5 file but not a Keras model (it has no model_config). Save the model with model.save("model.h5") and import that file.`,
    );
  }
  if (!weightsGroup || !(weightsGroup instanceof Object) || typeof weightsGroup.keys !== 'function') {
    throw new ModelFormatError(
      `${fileName} has a model architecture but no model_weights group; the file is truncated or damaged. Save the model again with model.save.`,
    );
  }
  const layerNames = attrStringList(weightsGroup, 'layer_names') ?? [];
  const layerWeights = new Map<string, FileWeight[]>();
  for (const layerName of layerNames) {
    const group = weightsGroup.get(layerName) as H5.Group | null;
    if (!group)
      throw new ModelFormatError(
        `${fileName}: model_weights lists layer "${layerName}" but has no group for it; the file is damaged. Save the model again.`,
      );
    const names = attrStringList(group, 'weight_names') ?? [];
    layerWeights.set(
      layerName,
      names.map((name) => readWeight(group, layerName, name, fileName)),
    );
  }
  return {
    kerasVersion: attrString(file, 'keras_version') ?? attrString(weightsGroup, 'keras_version'),
    backend: attrString(file, 'backend') ?? attrString(weightsGroup, 'backend'),
    modelConfig,
    trainingConfig: parseJson(attrString(file, 'training_config'), 'training configuration', fileName),
    layerWeights,
  };
}
