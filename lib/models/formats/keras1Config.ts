/**
 * Keras 1.x model configs → the Keras 2 configs tfjs-layers deserialises. Keras 1 named most
 * arguments differently (output_dim, init, border_mode, dim_ordering, W_regularizer), wrote a
 * Sequential's config as a bare list of layers, and had one Merge layer for every way of joining
 * tensors. The renames follow Keras 2's own legacy interfaces; a layer or option with no Keras 2
 * equivalent here is refused with its name rather than guessed at.
 */
import { ModelFormatError } from './modelFormatError';
import { keras1Constraint, keras1Initializer, keras1Regularizer, type LayerRef } from './keras1Objects';

type Config = Record<string, unknown>;
/** One layer or model as `{ class_name, config }`, plus `name`/`inbound_nodes` inside functional models. */
export interface LayerSpec {
  class_name: string;
  config: Config;
  name?: string;
  inbound_nodes?: unknown[];
}

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(ref: LayerRef, what: string): never {
  throw new ModelFormatError(
    `Layer "${ref.name}" (${ref.className}) ${what}, which cannot be translated from Keras 1 faithfully. Rebuild the layer in Keras 2 or later, copy the weights over, and save again.`,
  );
}

const PADDING: Record<string, string> = { valid: 'valid', same: 'same' };
const DATA_FORMAT: Record<string, string> = { tf: 'channels_last', th: 'channels_first' };

function padding(c: Config, ref: LayerRef): string {
  const mode = String(c.border_mode ?? 'valid');
  return PADDING[mode] ?? refuse(ref, `uses border_mode "${mode}"`);
}

function dataFormat(c: Config, ref: LayerRef): string {
  const ordering = String(c.dim_ordering ?? 'tf');
  return DATA_FORMAT[ordering] ?? refuse(ref, `uses dim_ordering "${ordering}"`);
}

function refuseNonZero(c: Config, keys: string[], ref: LayerRef): void {
  for (const key of keys) if (typeof c[key] === 'number' && c[key] !== 0) refuse(ref, `uses ${key}=${c[key]}`);
}

/** Keys every Keras 1 layer config shares, in Keras 2 naming. */
function base(c: Config): Config {
  const out: Config = { name: c.name, trainable: c.trainable ?? true };
  if (c.batch_input_shape) out.batch_input_shape = c.batch_input_shape;
  const dtype = c.input_dtype ?? c.dtype;
  if (dtype) out.dtype = dtype;
  return out;
}

/** Dense, conv and RNN layers share Keras 1's W/b naming for their kernel and bias options. */
function kernelAndBias(c: Config, ref: LayerRef, kernelKey = 'kernel'): Config {
  return {
    [`${kernelKey}_initializer`]: keras1Initializer(c.init ?? 'glorot_uniform', ref),
    [`${kernelKey}_regularizer`]: keras1Regularizer(c.W_regularizer, ref),
    [`${kernelKey}_constraint`]: keras1Constraint(c.W_constraint, ref),
    bias_initializer: { class_name: 'Zeros', config: {} },
    bias_regularizer: keras1Regularizer(c.b_regularizer, ref),
    bias_constraint: keras1Constraint(c.b_constraint, ref),
    activity_regularizer: keras1Regularizer(c.activity_regularizer, ref),
  };
}

function recurrent(className: string, c: Config, ref: LayerRef): LayerSpec {
  const config: Config = {
    ...base(c),
    units: c.output_dim,
    activation: c.activation ?? 'tanh',
    use_bias: true,
    ...kernelAndBias(c, ref),
    recurrent_initializer: keras1Initializer(c.inner_init ?? 'orthogonal', ref),
    recurrent_regularizer: keras1Regularizer(c.U_regularizer, ref),
    recurrent_constraint: keras1Constraint(c.U_constraint, ref),
    dropout: c.dropout_W ?? 0,
    recurrent_dropout: c.dropout_U ?? 0,
    return_sequences: c.return_sequences ?? false,
    return_state: false,
    go_backwards: c.go_backwards ?? false,
    stateful: c.stateful ?? false,
    unroll: c.unroll ?? false,
  };
  if (className !== 'SimpleRNN') config.recurrent_activation = c.inner_activation ?? 'hard_sigmoid';
  if (className === 'LSTM') {
    const forget = String(c.forget_bias_init ?? 'one');
    if (forget !== 'one' && forget !== 'zero') refuse(ref, `uses forget_bias_init "${forget}"`);
    config.unit_forget_bias = forget === 'one';
  }
  // Keras 1 had only what Keras 2 calls reset_after=False.
  if (className === 'GRU') config.reset_after = false;
  if (!config.batch_input_shape && c.input_dim != null && c.input_length !== undefined) {
    config.batch_input_shape = [null, c.input_length ?? null, c.input_dim];
  }
  return { class_name: className, config };
}

function translateLayer(layer: LayerSpec, first: boolean): LayerSpec {
  const c = layer.config;
  const ref: LayerRef = { name: String(c.name ?? layer.name ?? '?'), className: layer.class_name };
  const b = base(c);
  const inputShape = (shape: unknown[]) =>
    first && !b.batch_input_shape && shape.every((d) => d !== undefined) ? { batch_input_shape: [null, ...shape] } : {};
  switch (layer.class_name) {
    case 'InputLayer':
      return { class_name: 'InputLayer', config: { ...b, sparse: c.sparse ?? false } };
    case 'Dense':
      return {
        class_name: 'Dense',
        config: {
          ...b,
          ...(c.input_dim != null ? inputShape([c.input_dim]) : {}),
          units: c.output_dim,
          activation: c.activation ?? 'linear',
          use_bias: c.bias ?? true,
          ...kernelAndBias(c, ref),
        },
      };
    case 'Activation':
      return { class_name: 'Activation', config: { ...b, activation: c.activation } };
    case 'Dropout':
      return { class_name: 'Dropout', config: { ...b, rate: c.p ?? c.rate ?? 0 } };
    case 'Flatten':
      return { class_name: 'Flatten', config: b };
    case 'Reshape':
      return { class_name: 'Reshape', config: { ...b, target_shape: c.target_shape } };
    case 'Convolution1D':
      return {
        class_name: 'Conv1D',
        config: {
          ...b,
          ...(c.input_dim != null ? inputShape([c.input_length ?? null, c.input_dim]) : {}),
          filters: c.nb_filter,
          kernel_size: [c.filter_length],
          strides: [c.subsample_length ?? 1],
          padding: padding(c, ref),
          data_format: 'channels_last',
          dilation_rate: [1],
          activation: c.activation ?? 'linear',
          use_bias: c.bias ?? true,
          ...kernelAndBias(c, ref),
        },
      };
    case 'Convolution2D':
      return {
        class_name: 'Conv2D',
        config: {
          ...b,
          filters: c.nb_filter,
          kernel_size: [c.nb_row, c.nb_col],
          strides: c.subsample ?? [1, 1],
          padding: padding(c, ref),
          data_format: dataFormat(c, ref),
          dilation_rate: [1, 1],
          activation: c.activation ?? 'linear',
          use_bias: c.bias ?? true,
          ...kernelAndBias(c, ref),
        },
      };
    case 'MaxPooling1D':
    case 'AveragePooling1D':
      return {
        class_name: layer.class_name,
        config: { ...b, pool_size: [c.pool_length ?? 2], strides: [c.stride ?? c.pool_length ?? 2], padding: padding(c, ref) },
      };
    case 'MaxPooling2D':
    case 'AveragePooling2D':
      return {
        class_name: layer.class_name,
        config: {
          ...b,
          pool_size: c.pool_size ?? [2, 2],
          strides: c.strides ?? c.pool_size ?? [2, 2],
          padding: padding(c, ref),
          data_format: dataFormat(c, ref),
        },
      };
    case 'BatchNormalization': {
      // Modes 1 and 2 normalised per sample or always with batch statistics; Keras 2 has neither.
      if ((c.mode ?? 0) !== 0) refuse(ref, `uses mode=${String(c.mode)}`);
      return {
        class_name: 'BatchNormalization',
        config: {
          ...b,
          axis: c.axis ?? -1,
          momentum: c.momentum ?? 0.99,
          epsilon: c.epsilon ?? 1e-3,
          center: true,
          scale: true,
          beta_initializer: keras1Initializer(c.beta_init ?? 'zero', ref),
          gamma_initializer: keras1Initializer(c.gamma_init ?? 'one', ref),
          moving_mean_initializer: { class_name: 'Zeros', config: {} },
          moving_variance_initializer: { class_name: 'Ones', config: {} },
          beta_regularizer: keras1Regularizer(c.beta_regularizer, ref),
          gamma_regularizer: keras1Regularizer(c.gamma_regularizer, ref),
        },
      };
    }
    case 'LSTM':
    case 'GRU':
    case 'SimpleRNN':
      return recurrent(layer.class_name, c, ref);
    case 'Embedding':
      refuseNonZero(c, ['dropout'], ref);
      return {
        class_name: 'Embedding',
        config: {
          ...b,
          ...inputShape([c.input_length ?? null]),
          input_dim: c.input_dim,
          output_dim: c.output_dim,
          input_length: c.input_length ?? null,
          mask_zero: c.mask_zero ?? false,
          embeddings_initializer: keras1Initializer(c.init ?? 'uniform', ref),
          embeddings_regularizer: keras1Regularizer(c.W_regularizer, ref),
          embeddings_constraint: keras1Constraint(c.W_constraint, ref),
          activity_regularizer: keras1Regularizer(c.activity_regularizer, ref),
        },
      };
    case 'Merge':
      if (Array.isArray(c.layers) && c.layers.length > 0) refuse(ref, 'merges Sequential branches inside a Sequential model');
      if (c.mode === 'sum') return { class_name: 'Add', config: b };
      if (c.mode === 'concat') return { class_name: 'Concatenate', config: { ...b, axis: c.concat_axis ?? -1 } };
      return refuse(
        ref,
        `uses merge mode "${typeof c.mode === 'string' ? c.mode : 'a Python function'}" (only "sum" and "concat" are supported)`,
      );
    case 'Sequential':
    case 'Model':
      return keras1ModelConfigToKeras2(layer);
    default:
      // Not a Keras 1 layer Sparkbook translates: let the supported-layer check name it.
      return { class_name: layer.class_name, config: { ...c } };
  }
}

/**
 * Translates a Keras 1 model config (`{ class_name: 'Sequential' | 'Model', config }`) into
 * Keras 2 naming, nested models included. Layer names stay, so weights still find their layers.
 */
export function keras1ModelConfigToKeras2(model: { class_name: string; config: unknown }): LayerSpec {
  if (model.class_name === 'Sequential') {
    const layers = Array.isArray(model.config)
      ? model.config
      : isObject(model.config) && Array.isArray(model.config.layers)
        ? model.config.layers
        : null;
    if (!layers)
      throw new ModelFormatError('The Keras 1 Sequential model has no list of layers in its config. Save the model again with model.save.');
    const name = isObject(model.config) && typeof model.config.name === 'string' ? model.config.name : 'sequential_1';
    return {
      class_name: 'Sequential',
      config: { name, layers: (layers as LayerSpec[]).map((layer, i) => translateLayer(layer, i === 0)) },
    };
  }
  if (model.class_name === 'Model' && isObject(model.config) && Array.isArray(model.config.layers)) {
    const layers = (model.config.layers as LayerSpec[]).map((layer) => {
      const translated = translateLayer(layer, false);
      return { ...translated, name: layer.name ?? (translated.config.name as string), inbound_nodes: layer.inbound_nodes ?? [] };
    });
    return { class_name: 'Model', config: { ...model.config, layers } };
  }
  throw new ModelFormatError(
    `The Keras 1 model is a ${model.class_name}, which Sparkbook cannot import. Rebuild it as a Sequential or functional Model and save again.`,
  );
}
