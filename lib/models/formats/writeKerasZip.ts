/**
 * Writes a Keras 3 `.keras` file that keras.models.load_model reads: config.json in Keras 3's
 * serialisation (with compile_config when the model is compiled), metadata.json, and
 * model.weights.h5 with each layer's variables where Keras 3's loader looks for them
 * (keras3WeightPaths.ts). Optimizer state is not written: Keras then starts the optimizer afresh
 * (it warns "Skipping variable loading for optimizer"), as it does for a model compiled anew.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Group } from 'h5wasm';
import { writeH5 } from './h5';
import { ensureGroup } from './h5Datasets';
import { tfjsToKeras3Config } from './keras3Config';
import { keras3ModelLayers, keras3VarsPaths } from './keras3WeightPaths';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { modelWeightLayout, type LayerWeights } from './modelWeightLayout';
import { sameShape, shapeText, type WeightArray } from './weightArrays';
import { modelWeightsByName } from './weightBuffer';

/**
 * The oldest Keras whose loader reads what is written here; load_model does not check it. The
 * `name` attributes on vars groups come from later releases, which older loaders ignore.
 */
const KERAS_VERSION = '3.0.0';

/** Keras's date_saved format, `%Y-%m-%d@%H:%M:%S`. */
function dateSaved(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}@${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}

function writeLayerVars(
  root: Group,
  paths: { layerPath: string; varsPath: string },
  layer: LayerWeights,
  values: Map<string, WeightArray>,
): void {
  // Keras 3.6+ creates every layer's vars group, named after the layer, even when it is empty.
  if (paths.varsPath !== `${paths.layerPath}/vars`) ensureGroup(root, `${paths.layerPath}/vars`).create_attribute('name', layer.name);
  const vars = ensureGroup(root, paths.varsPath);
  vars.create_attribute('name', layer.name);
  layer.weights.forEach((weight, i) => {
    const value = values.get(weight.name);
    if (!value) {
      throw new ModelFormatError(
        `The model's weights lack "${weight.name}" (layer "${layer.name}"), so the export would be incomplete. Save the model again in Sparkbook and export it.`,
      );
    }
    if (!sameShape(value.shape, weight.shape)) {
      throw new ModelFormatError(
        `Weight "${weight.name}" has shape ${shapeText(value.shape)} but the model's layer "${layer.name}" needs ${shapeText(weight.shape)}. Save the model again in Sparkbook and export it.`,
      );
    }
    vars.create_dataset({ name: String(i), data: value.data, shape: weight.shape, dtype: '<f' });
  });
}

/** Writes the model as a Keras 3 `.keras` file (a zip archive). */
export async function writeKerasZip(artifacts: ModelArtifactsData): Promise<Uint8Array> {
  const layout = await modelWeightLayout(artifacts.modelTopology, 'The model');
  const config = tfjsToKeras3Config(artifacts, layout.tensorSpec);
  const layers = keras3ModelLayers(artifacts.modelTopology.class_name, layout.layers);
  const paths = keras3VarsPaths(layers);
  const values = modelWeightsByName(artifacts);
  const weights = await writeH5((file) => {
    file.create_group('vars');
    file.create_group('layers');
    layers.forEach((layer, i) => writeLayerVars(file, paths[i], layer, values));
  });
  const metadata = { keras_version: KERAS_VERSION, date_saved: dateSaved() };
  // Stored, not deflated, as Keras writes it: the weights barely compress.
  return zipSync(
    {
      'metadata.json': strToU8(JSON.stringify(metadata)),
      'config.json': strToU8(JSON.stringify(config)),
      'model.weights.h5': weights,
    },
    { level: 0 },
  );
}
