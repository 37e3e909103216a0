/**
 * Writes model artifacts as a Keras 2 legacy HDF5 model, the layout tf.keras's
 * save_model_to_hdf5 produces and keras.models.load_model (tf.keras 2.x, and Keras 3 for .h5)
 * reads: root attributes keras_version, backend, model_config and training_config as UTF-8
 * bytes, and under model_weights one group per layer with a `weight_names` list and a dataset at
 * each name. Strings are written as fixed-length bytes as Keras writes them, so every Keras
 * version's `.decode('utf8')` finds bytes. Optimizer state is not written: Keras's optimizer
 * variables are laid out differently from tfjs's, and the loader starts fresh without them.
 */
import type * as H5 from 'h5wasm';
import { writeH5 } from './h5';
import { normaliseModelConfig } from './kerasModelConfig';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { modelWeightSlots } from './modelWeightSlots';
import { tfjsTopologyToKeras } from './tfjsTopologyToKeras';
import { tfjsTrainingConfigToKeras } from './trainingConfig';

/** The Keras release whose layout and config spelling the file follows. */
export const WRITTEN_KERAS_VERSION = '2.15.0';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function bytesAttr(holder: H5.Group, name: string, value: string): void {
  holder.create_attribute(name, value, null, `A${Math.max(1, utf8Length(value))}`);
}

function bytesListAttr(holder: H5.Group, name: string, values: string[]): void {
  if (values.length === 0) return; // Keras reads a missing list as empty.
  holder.create_attribute(name, values, [values.length], `A${Math.max(1, ...values.map(utf8Length))}`);
}

/** Model weights by name, as float32 arrays cut from the one weight buffer. */
function weightsByName(artifacts: ModelArtifactsData): Map<string, Float32Array> {
  const byName = new Map<string, Float32Array>();
  let offset = 0;
  for (const spec of artifacts.weightSpecs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.quantization) throw new ModelFormatError(`Weight ${spec.name} is quantized; the Keras export writes float32 weights only. Export the unquantized model.`);
    if (spec.dtype !== 'float32' && spec.dtype !== 'int32') throw new ModelFormatError(`Weight ${spec.name} is ${spec.dtype}; the Keras export writes float32 weights only.`);
    if (spec.group !== 'optimizer') {
      if (spec.dtype !== 'float32') throw new ModelFormatError(`Weight ${spec.name} is ${spec.dtype}; Keras models hold float32 weights. Cast it to float32 before exporting.`);
      byName.set(spec.name, new Float32Array(artifacts.weightData.slice(offset, offset + count * 4)));
    }
    offset += count * 4;
  }
  if (offset > artifacts.weightData.byteLength) throw new ModelFormatError('The model\'s weight data is shorter than its weight specs say; it is damaged. Reload the model and export again.');
  return byName;
}

function createDataset(group: H5.Group, path: string, data: Float32Array, shape: number[]): void {
  const parts = path.split('/');
  let parent = group;
  for (const part of parts.slice(0, -1)) parent = (parent.get(part) as H5.Group | null) ?? parent.create_group(part);
  parent.create_dataset({ name: parts[parts.length - 1], data, shape, dtype: '<f' });
}

/** Writes `artifacts` as a Keras .h5 model file and returns its bytes. */
export async function writeKerasH5(artifacts: ModelArtifactsData): Promise<Uint8Array> {
  const modelConfig = tfjsTopologyToKeras(artifacts.modelTopology);
  // The same checks as on import: a file Sparkbook writes is one it can read back.
  const topology = normaliseModelConfig(modelConfig, 'The model');
  const slots = await modelWeightSlots(topology, 'The model');
  const values = weightsByName(artifacts);
  const trainingConfig = artifacts.trainingConfig ? tfjsTrainingConfigToKeras(artifacts.trainingConfig) : null;
  const layerNames = [...slots.byLayer.keys()];

  return writeH5((file) => {
    bytesAttr(file, 'keras_version', WRITTEN_KERAS_VERSION);
    bytesAttr(file, 'backend', 'tensorflow');
    bytesAttr(file, 'model_config', JSON.stringify(modelConfig));
    if (trainingConfig) bytesAttr(file, 'training_config', JSON.stringify(trainingConfig));
    const weightsGroup = file.create_group('model_weights');
    bytesListAttr(weightsGroup, 'layer_names', layerNames);
    bytesAttr(weightsGroup, 'backend', 'tensorflow');
    bytesAttr(weightsGroup, 'keras_version', WRITTEN_KERAS_VERSION);
    for (const layerName of layerNames) {
      const group = weightsGroup.create_group(layerName);
      const layerSlots = slots.byLayer.get(layerName)!;
      // tf.keras names a variable "<layer>/<weight>:0"; the loader only follows the list.
      const names = layerSlots.map((slot) => `${slot.name}:0`);
      bytesListAttr(group, 'weight_names', names);
      layerSlots.forEach((slot, i) => {
        const data = values.get(slot.name);
        if (!data) throw new ModelFormatError(`The model has no values for weight ${slot.name}; it is incomplete. Reload the model and export again.`);
        createDataset(group, names[i], data, slot.shape);
      });
    }
  });
}
