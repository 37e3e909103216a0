/**
 * One layer's config between Keras 3 and TensorFlow.js. Keras 3 refuses a config key its layer's
 * constructor does not take ("Unrecognized keyword arguments"), so the export writes only the
 * keys every Keras 3 release accepts (the constructor arguments of 3.0 that current Keras still
 * has); the import drops Keras 3 additions tfjs cannot use and refuses those that change what
 * the layer computes.
 */
import { checkSupportedLayer } from './supportedLayers';
import { ModelFormatError } from './modelFormatError';
import {
  dtypeFromKeras3,
  isKerasBuiltin,
  isObject,
  nestedFromKeras3,
  nestedToKeras3,
  translateActivation,
  type Json,
} from './keras3Objects';

const BASE_KEYS = ['name', 'trainable', 'dtype', 'activity_regularizer'];
const CONV = [
  'filters',
  'kernel_size',
  'strides',
  'padding',
  'data_format',
  'dilation_rate',
  'activation',
  'use_bias',
  'kernel_initializer',
  'bias_initializer',
  'kernel_regularizer',
  'bias_regularizer',
  'kernel_constraint',
  'bias_constraint',
];
const POOL = ['pool_size', 'strides', 'padding', 'data_format'];
const GLOBAL_POOL = ['data_format'];
const RNN = [
  'units',
  'activation',
  'use_bias',
  'kernel_initializer',
  'recurrent_initializer',
  'bias_initializer',
  'kernel_regularizer',
  'recurrent_regularizer',
  'bias_regularizer',
  'kernel_constraint',
  'recurrent_constraint',
  'bias_constraint',
  'dropout',
  'recurrent_dropout',
  'return_sequences',
  'return_state',
  'go_backwards',
  'stateful',
  'unroll',
];

/** Constructor arguments each supported layer takes in Keras 3.0 through current (keras/src/layers). */
const KERAS3_KEYS: Record<string, string[]> = {
  Dense: [
    'units',
    'activation',
    'use_bias',
    'kernel_initializer',
    'bias_initializer',
    'kernel_regularizer',
    'bias_regularizer',
    'kernel_constraint',
    'bias_constraint',
  ],
  Activation: ['activation'],
  Dropout: ['rate', 'noise_shape', 'seed'],
  Flatten: ['data_format'],
  Reshape: ['target_shape'],
  Conv1D: CONV,
  Conv2D: CONV,
  MaxPooling1D: POOL,
  MaxPooling2D: POOL,
  AveragePooling1D: POOL,
  AveragePooling2D: POOL,
  GlobalMaxPooling1D: GLOBAL_POOL,
  GlobalMaxPooling2D: GLOBAL_POOL,
  GlobalAveragePooling1D: GLOBAL_POOL,
  GlobalAveragePooling2D: GLOBAL_POOL,
  BatchNormalization: [
    'axis',
    'momentum',
    'epsilon',
    'center',
    'scale',
    'beta_initializer',
    'gamma_initializer',
    'moving_mean_initializer',
    'moving_variance_initializer',
    'beta_regularizer',
    'gamma_regularizer',
    'beta_constraint',
    'gamma_constraint',
  ],
  LSTM: [...RNN, 'recurrent_activation', 'unit_forget_bias'],
  GRU: [...RNN, 'recurrent_activation', 'reset_after'],
  SimpleRNN: RNN,
  Embedding: ['input_dim', 'output_dim', 'embeddings_initializer', 'embeddings_regularizer', 'embeddings_constraint', 'mask_zero'],
  Add: [],
  Concatenate: ['axis'],
};

/**
 * Keras 3 options with no tfjs counterpart, and the value at which they do nothing. Any other
 * value changes the computation, so it is refused; the default is dropped.
 */
const KERAS3_ONLY_OPTIONS: Record<string, unknown[]> = {
  groups: [1],
  keepdims: [false],
  renorm: [false],
  quantization_config: [null],
  lora_rank: [null],
};
/** Keras 3 keys that are bookkeeping only (no effect on inference or tfjs training). */
const KERAS3_IGNORED_KEYS = new Set([
  'lora_alpha',
  'use_cudnn',
  'synchronized',
  'ragged',
  'optional',
  'input_tensor',
  'renorm_clipping',
  'renorm_momentum',
  'autocast',
  'weights',
  'zero_output_for_mask',
]);

const NULLABLE_KEYS = /(_initializer|_regularizer|_constraint|^noise_shape|^seed)$/;

function refuseOption(where: string, key: string, value: unknown): never {
  throw new ModelFormatError(
    `${where} uses ${key}=${JSON.stringify(value)}, which TensorFlow.js cannot compute. Rebuild the layer without it and save the model again.`,
  );
}

/** A tfjs layer entry: class, config and, for functional models, its name. */
export interface TfjsLayerEntry {
  class_name: string;
  config: Json;
}

/** Translates one Keras 3 layer entry (`{ module, class_name, config, registered_name, build_config }`). */
export function layerFromKeras3(entry: unknown, index: number): TfjsLayerEntry {
  if (!isObject(entry) || typeof entry.class_name !== 'string' || !isObject(entry.config)) {
    throw new ModelFormatError(`Layer ${index + 1} in config.json is not a Keras layer entry. Save the model again with Keras 3.`);
  }
  const config = entry.config;
  const name = typeof config.name === 'string' ? config.name : typeof entry.name === 'string' ? entry.name : `#${index + 1}`;
  const where = `Layer "${name}" (${entry.class_name})`;
  if (!isKerasBuiltin(entry)) {
    throw new ModelFormatError(
      `Layer "${name}" is the custom class ${String(entry.registered_name ?? `${String(entry.module)}.${entry.class_name}`)}, which Sparkbook cannot import (TensorFlow.js cannot run its Python code). Replace it with built-in Keras layers and save the model again.`,
    );
  }
  checkSupportedLayer(entry.class_name, name);
  const isInput = entry.class_name === 'InputLayer';
  const out: Json = {};
  for (const [key, value] of Object.entries(config)) {
    if (KERAS3_IGNORED_KEYS.has(key)) continue;
    if (key in KERAS3_ONLY_OPTIONS) {
      if (value !== undefined && !KERAS3_ONLY_OPTIONS[key].includes(value)) refuseOption(where, key, value);
      continue;
    }
    if (key === 'dtype') out.dtype = dtypeFromKeras3(value, where, isInput);
    else if (key === 'activation' || key === 'recurrent_activation') out[key] = translateActivation(value, key, where, 'import');
    else out[key] = nestedFromKeras3(key, value, where);
  }
  if (entry.class_name === 'GRU' && config.reset_after !== false) {
    throw new ModelFormatError(
      `${where} uses reset_after=True (Keras 3's default); TensorFlow.js's GRU computes only reset_after=False. Rebuild the GRU with reset_after=False, retrain, and save again.`,
    );
  }
  if (isInput) {
    const shape =
      config.batch_shape ??
      config.batch_input_shape ??
      (Array.isArray(config.shape) ? [config.batch_size ?? null, ...config.shape] : undefined);
    delete out.batch_shape;
    delete out.shape;
    delete out.batch_size;
    if (!Array.isArray(shape))
      throw new ModelFormatError(`${where} has no input shape. Save the model again after building it with keras.Input(shape=...).`);
    out.batch_input_shape = shape;
    out.sparse = false;
  }
  out.name = name;
  return { class_name: entry.class_name, config: out };
}

/** Translates one tfjs layer entry to the form Keras 3 writes in config.json. */
export function layerToKeras3(entry: TfjsLayerEntry): Json {
  const config = entry.config;
  const name = String(config.name);
  checkSupportedLayer(entry.class_name, name);
  const where = `Layer "${name}" (${entry.class_name})`;
  if (entry.class_name === 'InputLayer') {
    const dtype = typeof config.dtype === 'string' ? config.dtype : 'float32';
    return {
      module: 'keras.layers',
      class_name: 'InputLayer',
      config: { batch_shape: config.batch_input_shape, dtype, sparse: false, name },
      registered_name: null,
    };
  }
  const out: Json = {};
  for (const key of [...BASE_KEYS, ...KERAS3_KEYS[entry.class_name]]) {
    const value = config[key];
    // tfjs writes null for options it leaves unset; Keras takes null only where null means "none".
    if (value === undefined || (value === null && !NULLABLE_KEYS.test(key))) continue;
    if (key === 'activation' || key === 'recurrent_activation') out[key] = translateActivation(value, key, where, 'export');
    else if (key === 'dtype') out.dtype = typeof value === 'string' ? value : 'float32';
    else out[key] = nestedToKeras3(key, value);
  }
  // tfjs's GRU is Keras 2's reset_after=False, which Keras 3 no longer takes as the default.
  if (entry.class_name === 'GRU') out.reset_after = false;
  out.name = name;
  return { module: 'keras.layers', class_name: entry.class_name, config: out, registered_name: null };
}
