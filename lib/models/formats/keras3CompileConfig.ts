/**
 * Keras 3's compile_config (what model.compile was given, serialised) ↔ Keras 2's
 * training_config, so that trainingConfig.ts does the loss, metric and optimizer translation for
 * every Keras version. Keras 3 keeps strings as given ("adam", "mse") and serialises objects and
 * functions as `{ module, class_name, config, registered_name }`.
 */
import type * as tf from '@tensorflow/tfjs';
import { ModelFormatError } from './modelFormatError';
import { isKerasBuiltin, isObject, type Json } from './keras3Objects';
import { kerasTrainingConfigToTfjs, tfjsTrainingConfigToKeras } from './trainingConfig';

/** `optimizer="adam"` in Keras 3 is the class with its defaults; these are the defaults of the learning rate. */
const OPTIMIZER_NAMES: Record<string, [string, number]> = {
  adam: ['Adam', 0.001],
  sgd: ['SGD', 0.01],
  rmsprop: ['RMSprop', 0.001],
  adagrad: ['Adagrad', 0.001],
  adadelta: ['Adadelta', 0.001],
  adamax: ['Adamax', 0.001],
};

/** Options that change training and that trainingConfig.ts does not look at, since Keras 2 lacks them. */
const KERAS3_OPTIMIZER_OPTIONS = ['gradient_accumulation_steps', 'loss_scale_factor'];

function optimizerFromKeras3(value: unknown, where: string): unknown {
  if (typeof value === 'string') {
    const known = OPTIMIZER_NAMES[value.toLowerCase()];
    if (!known) return { class_name: value, config: {} }; // trainingConfig.ts names the unknown optimizer
    const [className, learningRate] = known;
    // Adagrad's accumulators start at 0.1 in Keras 3, not at the 0 older Keras wrote nothing for.
    const extra = className === 'Adagrad' ? { initial_accumulator_value: 0.1 } : {};
    return { class_name: className, config: { learning_rate: learningRate, ...extra } };
  }
  if (!isObject(value)) return value;
  if (!isKerasBuiltin(value)) {
    throw new ModelFormatError(
      `${where}: the model was compiled with the custom optimizer ${JSON.stringify(value.registered_name ?? value.class_name)}. Recompile with a built-in optimizer and save again.`,
    );
  }
  const config = isObject(value.config) ? value.config : {};
  for (const option of KERAS3_OPTIMIZER_OPTIONS) {
    if (config[option] !== undefined && config[option] !== null) {
      throw new ModelFormatError(
        `${where}: the ${String(value.class_name)} optimizer uses ${option}=${JSON.stringify(config[option])}, which TensorFlow.js cannot reproduce. Recompile without it and save again.`,
      );
    }
  }
  return { class_name: value.class_name, config };
}

/** Losses and metrics: Keras 3 functions become their names; objects keep `{ class_name, config }`. */
function lossOrMetricFromKeras3(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((entry) => lossOrMetricFromKeras3(entry, where));
  if (!isObject(value)) return value;
  if (typeof value.class_name !== 'string') {
    return Object.fromEntries(Object.entries(value).map(([output, entry]) => [output, lossOrMetricFromKeras3(entry, where)]));
  }
  // Keras 3.0-3.6 wrote built-in loss functions as module "builtins" with registered_name "function".
  const builtinFunction =
    value.class_name === 'function' &&
    typeof value.config === 'string' &&
    (value.module === 'builtins' || isKerasBuiltin({ module: value.module }));
  if (!builtinFunction && !isKerasBuiltin(value)) {
    throw new ModelFormatError(
      `${where}: the model was compiled with the custom loss or metric ${JSON.stringify(value.registered_name ?? value.class_name)}. Recompile with built-in ones and save again.`,
    );
  }
  if (value.class_name === 'function') return value.config;
  return { class_name: value.class_name, config: isObject(value.config) ? value.config : {} };
}

/** Keras 3 compile_config → tfjs TrainingConfig; undefined for a model saved uncompiled. */
export function compileConfigFromKeras3(compileConfig: unknown, where: string): tf.io.TrainingConfig | undefined {
  if (!isObject(compileConfig) || Object.keys(compileConfig).length === 0) return undefined;
  if (compileConfig.loss === null || compileConfig.loss === undefined) return undefined;
  const trainingConfig = {
    loss: lossOrMetricFromKeras3(compileConfig.loss, where),
    metrics: lossOrMetricFromKeras3(compileConfig.metrics ?? null, where),
    weighted_metrics: lossOrMetricFromKeras3(compileConfig.weighted_metrics ?? null, where),
    loss_weights: compileConfig.loss_weights ?? null,
    optimizer_config: optimizerFromKeras3(compileConfig.optimizer ?? 'rmsprop', where),
  };
  return kerasTrainingConfigToTfjs(trainingConfig, where);
}

/** tfjs TrainingConfig → the compile_config Keras 3's load_model passes to model.compile. */
export function compileConfigToKeras3(trainingConfig: tf.io.TrainingConfig): Json {
  const keras2 = tfjsTrainingConfigToKeras(trainingConfig);
  return {
    optimizer: {
      module: 'keras.optimizers',
      class_name: keras2.optimizer_config.class_name,
      config: keras2.optimizer_config.config,
      registered_name: null,
    },
    loss: keras2.loss,
    loss_weights: null,
    metrics: keras2.metrics,
    weighted_metrics: null,
    run_eagerly: false,
    steps_per_execution: 1,
    jit_compile: false,
  };
}
