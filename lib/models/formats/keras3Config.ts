/**
 * Keras 3's config.json ↔ the Keras 2 style model config TensorFlow.js deserialises. The model
 * structure is the same; what differs is the wrapping: every object is `{ module, class_name,
 * config, registered_name }`, a functional layer's inputs are serialised call arguments
 * (`{ args: [KerasTensor...], kwargs }`, each tensor naming its producer in `keras_history`)
 * instead of `[[layer, node, tensor, kwargs]]`, and a Sequential model lists its InputLayer.
 */
import type * as tf from '@tensorflow/tfjs';
import { ModelFormatError } from './modelFormatError';
import type { ModelArtifactsData } from './modelArtifacts';
import { compileConfigFromKeras3, compileConfigToKeras3 } from './keras3CompileConfig';
import { layerFromKeras3, layerToKeras3, type TfjsLayerEntry } from './keras3LayerConfig';
import { isKerasBuiltin, isObject, type Json } from './keras3Objects';

/** A tensor reference as Keras 2 writes it: producing layer, its node, the output index, call kwargs. */
type NodeEntry = [string, number, number, Json];

/** The translated model: topology for tfjs and, when the file was compiled, its compile settings. */
export interface Keras3Translation {
  modelTopology: ModelArtifactsData['modelTopology'];
  trainingConfig?: tf.io.TrainingConfig;
}

function isKerasTensor(value: unknown): value is Json & { config: { keras_history: [string, number, number] } } {
  return isObject(value) && value.class_name === '__keras_tensor__' && isObject(value.config) && Array.isArray(value.config.keras_history);
}

/** Every KerasTensor in a call's arguments, in order (Add and Concatenate take a list of them). */
function tensorsIn(value: unknown): NodeEntry[] {
  if (isKerasTensor(value)) {
    const [layer, node, tensor] = value.config.keras_history;
    return [[layer, node, tensor, {}]];
  }
  if (Array.isArray(value)) return value.flatMap(tensorsIn);
  return [];
}

function nodeFromKeras3(node: unknown, layerName: string): NodeEntry[] {
  if (Array.isArray(node)) return node as NodeEntry[]; // already the Keras 2 form
  if (!isObject(node) || !Array.isArray(node.args)) {
    throw new ModelFormatError(`Layer "${layerName}" has an inbound node Sparkbook cannot read. Save the model again with Keras 3.`);
  }
  const kwargs = isObject(node.kwargs) ? node.kwargs : {};
  if (Object.values(kwargs).some((value) => tensorsIn(value).length > 0)) {
    throw new ModelFormatError(
      `Layer "${layerName}" is called with tensors as keyword arguments (${Object.keys(kwargs).join(', ')}), which TensorFlow.js models cannot express. Pass only the layer's inputs and save again.`,
    );
  }
  return tensorsIn(node.args);
}

/** Keras 3 writes a single input or output as one `[layer, node, tensor]`, several as a list (or dict). */
function tensorList(value: unknown): unknown[] {
  if (Array.isArray(value) && typeof value[0] === 'string') return [value];
  if (isObject(value)) return Object.values(value);
  return Array.isArray(value) ? value : [];
}

function modelClass(config: Json, where: string): 'Sequential' | 'Functional' {
  const className = config.class_name;
  if ((className === 'Sequential' || className === 'Functional' || className === 'Model') && isKerasBuiltin(config)) {
    return className === 'Sequential' ? 'Sequential' : 'Functional';
  }
  throw new ModelFormatError(
    `${where} holds a ${String(className)} model, a subclassed or custom model whose structure is Python code. Sparkbook imports Sequential and functional models; rebuild it as one of those and save again.`,
  );
}

/** Translates a parsed config.json into tfjs model topology and compile settings. */
export function keras3ConfigToTfjs(configJson: unknown, where: string): Keras3Translation {
  if (!isObject(configJson) || !isObject(configJson.config)) {
    throw new ModelFormatError(
      `${where}: config.json does not describe a Keras model. Save the model again with model.save("name.keras").`,
    );
  }
  const kind = modelClass(configJson, where);
  const config = configJson.config;
  const entries = Array.isArray(config.layers) ? config.layers : [];
  if (entries.length === 0) throw new ModelFormatError(`${where}: the model has no layers. Build the model before saving it.`);
  const layers: Json[] = entries.map((entry, i) => {
    const layer: Json = { ...layerFromKeras3(entry, i) };
    if (kind === 'Functional') {
      const name = String((layer.config as Json).name);
      layer.name = name;
      const inbound = isObject(entry) && Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes : [];
      layer.inbound_nodes = inbound.map((node) => nodeFromKeras3(node, name));
    }
    return layer;
  });
  const name = typeof config.name === 'string' ? config.name : kind === 'Sequential' ? 'sequential' : 'functional';
  let modelConfig: Json;
  if (kind === 'Sequential') {
    if (layers[0].class_name !== 'InputLayer') {
      const shape = config.build_input_shape ?? (isObject(configJson.build_config) ? configJson.build_config.input_shape : undefined);
      if (!Array.isArray(shape))
        throw new ModelFormatError(
          `${where}: the Sequential model was saved before it was built, so it has no input shape or weights. Call model.build or fit, then save again.`,
        );
      (layers[0].config as Json).batch_input_shape = shape;
    }
    modelConfig = { name, layers };
  } else {
    modelConfig = { name, layers, input_layers: tensorList(config.input_layers), output_layers: tensorList(config.output_layers) };
  }
  return {
    modelTopology: { class_name: kind === 'Sequential' ? 'Sequential' : 'Model', config: modelConfig },
    trainingConfig: compileConfigFromKeras3(configJson.compile_config, where),
  };
}

/** Shape and dtype of a layer's output, for the KerasTensors Keras 3 writes into inbound nodes. */
export type TensorSpecOf = (layer: string, node: number, tensor: number) => { shape: (number | null)[]; dtype: string };

function kerasTensor(entry: NodeEntry, specOf: TensorSpecOf): Json {
  const [layer, node, tensor] = entry;
  return { class_name: '__keras_tensor__', config: { ...specOf(layer, node, tensor), keras_history: [layer, node, tensor] } };
}

function nodeToKeras3(node: unknown, specOf: TensorSpecOf): Json {
  const entries = node as NodeEntry[];
  const tensors = entries.map((entry) => kerasTensor(entry, specOf));
  return { args: tensors.length === 1 ? [tensors[0]] : [tensors], kwargs: {} };
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
  return name;
}

/** The config.json Keras 3 writes for the model: topology, and compile_config when compiled. */
export function tfjsToKeras3Config(artifacts: Pick<ModelArtifactsData, 'modelTopology' | 'trainingConfig'>, specOf: TensorSpecOf): Json {
  const topology = artifacts.modelTopology;
  const config = topology.config as Json;
  const layers = (Array.isArray(config.layers) ? config.layers : []) as (TfjsLayerEntry & Json)[];
  const name = typeof config.name === 'string' ? config.name : 'model';
  let model: Json;
  if (topology.class_name === 'Sequential') {
    const first = layers[0];
    let inputLayer: Json;
    let rest = layers;
    if (first?.class_name === 'InputLayer') {
      inputLayer = layerToKeras3(first);
      rest = layers.slice(1);
    } else {
      const shape = first?.config.batch_input_shape;
      if (!Array.isArray(shape))
        throw new ModelFormatError(
          'The model has no input shape, so Keras cannot rebuild it. Give its first layer an inputShape and export again.',
        );
      const taken = new Set(layers.map((l) => String(l.config.name)));
      inputLayer = layerToKeras3({
        class_name: 'InputLayer',
        config: { batch_input_shape: shape, dtype: first.config.dtype, name: uniqueName('input_layer', taken) },
      });
    }
    const batchShape = (inputLayer.config as Json).batch_shape;
    model = {
      module: 'keras',
      class_name: 'Sequential',
      config: { name, trainable: true, dtype: 'float32', layers: [inputLayer, ...rest.map(layerToKeras3)], build_input_shape: batchShape },
      registered_name: null,
      build_config: { input_shape: batchShape },
    };
  } else {
    const kerasLayers = layers.map((layer) => ({
      ...layerToKeras3(layer),
      name: String(layer.config.name),
      inbound_nodes: ((layer.inbound_nodes as unknown[]) ?? []).map((node) => nodeToKeras3(node, specOf)),
    }));
    const refs = (value: unknown) => (value as NodeEntry[]).map(([layer, node, tensor]) => [layer, node, tensor]);
    const inputs = refs(config.input_layers);
    const outputs = refs(config.output_layers);
    // One input or output is written bare, as Keras 3 does, so predict returns a tensor, not a list.
    const functional = {
      name,
      trainable: true,
      layers: kerasLayers,
      input_layers: inputs.length === 1 ? inputs[0] : inputs,
      output_layers: outputs.length === 1 ? outputs[0] : outputs,
    };
    // keras.Model (not keras.src...Functional) resolves in every Keras 3 release.
    model = { module: 'keras', class_name: 'Model', config: functional, registered_name: null };
  }
  if (artifacts.trainingConfig) model.compile_config = compileConfigToKeras3(artifacts.trainingConfig);
  return model;
}
