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
import { createFloat32Dataset } from './h5Datasets';
import { normaliseModelConfig } from './kerasModelConfig';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { modelWeightLayout } from './modelWeightLayout';
import { tfjsTopologyToKeras } from './tfjsTopologyToKeras';
import { tfjsTrainingConfigToKeras } from './trainingConfig';
import { modelWeightsByName } from './weightBuffer';

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

/** Writes `artifacts` as a Keras .h5 model file and returns its bytes. */
export async function writeKerasH5(artifacts: ModelArtifactsData): Promise<Uint8Array> {
  const modelConfig = tfjsTopologyToKeras(artifacts.modelTopology);
  // The same checks as on import: a file Sparkbook writes is one it can read back.
  const topology = normaliseModelConfig(modelConfig, 'The model');
  const layout = await modelWeightLayout(topology, 'The model');
  const values = modelWeightsByName(artifacts);
  const trainingConfig = artifacts.trainingConfig ? tfjsTrainingConfigToKeras(artifacts.trainingConfig) : null;

  return writeH5((file) => {
    bytesAttr(file, 'keras_version', WRITTEN_KERAS_VERSION);
    bytesAttr(file, 'backend', 'tensorflow');
    bytesAttr(file, 'model_config', JSON.stringify(modelConfig));
    if (trainingConfig) bytesAttr(file, 'training_config', JSON.stringify(trainingConfig));
    const weightsGroup = file.create_group('model_weights');
    bytesListAttr(
      weightsGroup,
      'layer_names',
      layout.layers.map((layer) => layer.name),
    );
    bytesAttr(weightsGroup, 'backend', 'tensorflow');
    bytesAttr(weightsGroup, 'keras_version', WRITTEN_KERAS_VERSION);
    for (const layer of layout.layers) {
      const group = weightsGroup.create_group(layer.name);
      // tf.keras names a variable "<layer>/<weight>:0"; the loader only follows the list.
      const names = layer.weights.map((slot) => `${slot.name}:0`);
      bytesListAttr(group, 'weight_names', names);
      layer.weights.forEach((slot, i) => {
        const value = values.get(slot.name);
        if (!value)
          throw new ModelFormatError(
            `The model has no values for weight ${slot.name}; it is incomplete. Reload the model and export again.`,
          );
        createFloat32Dataset(group, names[i], value.data, slot.shape);
      });
    }
  });
}
