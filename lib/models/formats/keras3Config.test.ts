import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { keras3ConfigToTfjs } from './keras3Config';
import { KERAS_3_0_SEQUENTIAL, KERAS_3_DTYPE_POLICY_SEQUENTIAL, KERAS_3_EMBEDDING_LSTM } from './keras3ConfigExamples';

type Layer = { class_name: string; name?: string; config: Record<string, unknown>; inbound_nodes?: unknown };
const layersOf = (topology: { config: unknown }) => (topology.config as { layers: Layer[] }).layers;

async function weightShapes(topology: object): Promise<Record<string, number[]>> {
  const model = await tf.models.modelFromJSON({ modelTopology: topology as tf.io.ModelJSON['modelTopology'] });
  const shapes = Object.fromEntries(model.weights.map((w) => [w.originalName, w.shape as number[]]));
  model.dispose();
  return shapes;
}

const kerasTensor = (layer: string, shape: (number | null)[]) => ({
  class_name: '__keras_tensor__',
  config: { shape, dtype: 'float32', keras_history: [layer, 0, 0] },
});
const layer = (class_name: string, name: string, config: object, args: unknown[] = []) => ({
  module: 'keras.layers',
  class_name,
  config: {
    name,
    trainable: true,
    dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' }, registered_name: null },
    ...config,
  },
  registered_name: null,
  name,
  inbound_nodes: args.length ? [{ args, kwargs: {} }] : [],
});

/**
 * A functional model as Keras 3 serialises it (keras/src/models/functional.py get_config and
 * serialize_node: inbound nodes are `{ args, kwargs }` of KerasTensors; one input is written bare).
 */
const FUNCTIONAL = {
  module: 'keras.src.models.functional',
  class_name: 'Functional',
  config: {
    name: 'functional',
    trainable: true,
    layers: [
      {
        module: 'keras.layers',
        class_name: 'InputLayer',
        config: { batch_shape: [null, 4], dtype: 'float32', sparse: false, name: 'x' },
        registered_name: null,
        name: 'x',
        inbound_nodes: [],
      },
      layer('Dense', 'a', { units: 3, activation: 'relu', use_bias: true }, [kerasTensor('x', [null, 4])]),
      layer('Dense', 'b', { units: 3, activation: 'silu', use_bias: true }, [kerasTensor('x', [null, 4])]),
      layer('Add', 'sum', {}, [[kerasTensor('a', [null, 3]), kerasTensor('b', [null, 3])]]),
      layer('Concatenate', 'cat', { axis: -1 }, [[kerasTensor('sum', [null, 3]), kerasTensor('x', [null, 4])]]),
    ],
    input_layers: ['x', 0, 0],
    output_layers: ['cat', 0, 0],
  },
  registered_name: 'Functional',
  build_config: { input_shape: null },
};

describe('keras3ConfigToTfjs', () => {
  it('translates a Keras 3.0 Sequential config (keras.src modules, string dtypes, optimizer "adam")', async () => {
    const { modelTopology, trainingConfig } = keras3ConfigToTfjs(JSON.parse(KERAS_3_0_SEQUENTIAL), 'm.keras');
    expect(modelTopology.class_name).toBe('Sequential');
    const layers = layersOf(modelTopology);
    expect(layers.map((l) => l.class_name)).toEqual(['InputLayer', 'Dense', 'Dense', 'Dense']);
    expect(layers[0].config).toEqual({ batch_input_shape: [null, 29], dtype: 'float32', sparse: false, name: 'input_layer_1' });
    expect(layers[1].config).toMatchObject({
      name: 'dense_3',
      units: 16,
      activation: 'relu',
      kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
    });
    expect(JSON.stringify(layers)).not.toMatch(/module|registered_name|build_config/);
    expect(trainingConfig).toEqual({
      loss: 'binary_crossentropy',
      metrics: ['accuracy'],
      optimizer_config: expect.objectContaining({ class_name: 'Adam' }),
    });
    expect(await weightShapes(modelTopology)).toEqual({
      'dense_3/kernel': [29, 16],
      'dense_3/bias': [16],
      'dense_4/kernel': [16, 8],
      'dense_4/bias': [8],
      'dense_5/kernel': [8, 1],
      'dense_5/bias': [1],
    });
  });

  it('translates DTypePolicy objects and an Adam optimizer object from a later Keras 3', () => {
    const { modelTopology, trainingConfig } = keras3ConfigToTfjs(JSON.parse(KERAS_3_DTYPE_POLICY_SEQUENTIAL), 'm.keras');
    const layers = layersOf(modelTopology);
    expect(layers.slice(1).map((l) => l.config.dtype)).toEqual(['float32', 'float32', 'float32']);
    expect(layers[0].config).not.toHaveProperty('ragged');
    const optimizer = trainingConfig!.optimizer_config as { class_name: string; config: Record<string, number> };
    expect(optimizer.class_name).toBe('Adam');
    expect(optimizer.config.learning_rate).toBeCloseTo(0.001, 9);
  });

  it('translates an Embedding + LSTM config with Keras 3 initializer names and a "builtins" loss', async () => {
    const { modelTopology, trainingConfig } = keras3ConfigToTfjs(JSON.parse(KERAS_3_EMBEDDING_LSTM), 'm.keras');
    const lstm = layersOf(modelTopology)[2];
    expect(lstm.config.recurrent_initializer).toEqual({ class_name: 'Orthogonal', config: { gain: 1, seed: null } });
    expect(lstm.config).not.toHaveProperty('zero_output_for_mask');
    expect(trainingConfig).toMatchObject({ loss: 'binary_crossentropy', optimizer_config: { class_name: 'RMSProp' } });
    expect(await weightShapes(modelTopology)).toMatchObject({
      'embedding_2/embeddings': [1000, 64],
      'lstm_2/kernel': [64, 128],
      'lstm_2/recurrent_kernel': [32, 128],
    });
  });

  it('turns functional inbound nodes of KerasTensors into Keras 2 node lists', async () => {
    const { modelTopology, trainingConfig } = keras3ConfigToTfjs(FUNCTIONAL, 'm.keras');
    expect(modelTopology.class_name).toBe('Model');
    const config = modelTopology.config as { input_layers: unknown; output_layers: unknown; layers: Layer[] };
    expect(config.input_layers).toEqual([['x', 0, 0]]);
    expect(config.output_layers).toEqual([['cat', 0, 0]]);
    expect(config.layers.find((l) => l.name === 'sum')!.inbound_nodes).toEqual([
      [
        ['a', 0, 0, {}],
        ['b', 0, 0, {}],
      ],
    ]);
    expect(config.layers.find((l) => l.name === 'b')!.config.activation).toBe('swish');
    expect(trainingConfig).toBeUndefined();
    expect(Object.keys(await weightShapes(modelTopology))).toEqual(['a/kernel', 'a/bias', 'b/kernel', 'b/bias']);
  });

  const withLayer = (extra: object) => {
    const config = JSON.parse(KERAS_3_DTYPE_POLICY_SEQUENTIAL);
    config.config.layers.splice(2, 0, extra);
    return config;
  };

  it('refuses a custom layer, naming it', () => {
    const custom = {
      module: 'my_project.layers',
      class_name: 'Scale',
      config: { name: 'scale', factor: 2 },
      registered_name: 'my_project>Scale',
    };
    expect(() => keras3ConfigToTfjs(withLayer(custom), 'm.keras')).toThrow(/Layer "scale" is the custom class my_project>Scale/);
  });

  it('refuses a built-in layer Sparkbook does not support, naming it', () => {
    const leaky = {
      module: 'keras.layers',
      class_name: 'LeakyReLU',
      config: { name: 'leaky', negative_slope: 0.3 },
      registered_name: null,
    };
    expect(() => keras3ConfigToTfjs(withLayer(leaky), 'm.keras')).toThrow(/Layer "leaky" is a LeakyReLU/);
  });

  it('refuses a custom initializer inside a supported layer, naming the layer and the option', () => {
    const dense = {
      module: 'keras.layers',
      class_name: 'Dense',
      config: { name: 'd', units: 2, kernel_initializer: { module: 'lab', class_name: 'Mine', config: {}, registered_name: 'lab>Mine' } },
      registered_name: null,
    };
    expect(() => keras3ConfigToTfjs(withLayer(dense), 'm.keras')).toThrow(
      /Layer "d" \(Dense\): kernel_initializer is the custom initializer "lab>Mine"/,
    );
  });

  it("refuses Keras 3's default GRU (reset_after=True), which tfjs cannot compute", () => {
    const gru = { module: 'keras.layers', class_name: 'GRU', config: { name: 'g', units: 2, reset_after: true }, registered_name: null };
    expect(() => keras3ConfigToTfjs(withLayer(gru), 'm.keras')).toThrow(/Layer "g" \(GRU\) uses reset_after=True.*reset_after=False/);
  });

  it('refuses a mixed-precision layer and a subclassed model', () => {
    const half = {
      module: 'keras.layers',
      class_name: 'Dense',
      config: { name: 'h', units: 2, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' } } },
      registered_name: null,
    };
    expect(() => keras3ConfigToTfjs(withLayer(half), 'm.keras')).toThrow(/Layer "h" \(Dense\) uses the mixed_float16 dtype policy/);
    const subclassed = { module: 'my_models', class_name: 'Net', config: { layers: [] }, registered_name: 'my_models>Net' };
    expect(() => keras3ConfigToTfjs(subclassed, 'm.keras')).toThrow(/m.keras holds a Net model, a subclassed or custom model/);
  });
});
