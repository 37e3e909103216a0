/**
 * Compile settings (loss, metrics, optimizer) between Keras's training_config and TensorFlow.js's
 * TrainingConfig. Both are JSON with an `optimizer_config: { class_name, config }`, but the names
 * differ (RMSprop/RMSProp, SGD with momentum/Momentum, lr/learning_rate, rho/decay) and each
 * side has options the other cannot run; those are refused by name rather than dropped, because
 * a model that silently trains differently after import is worse than one that says why not.
 */
import type * as tf from '@tensorflow/tfjs';
import { ModelFormatError } from './modelFormatError';
import { kerasLossToTfjs, kerasMetricToTfjs, tfjsLossToKeras, tfjsMetricToKeras, type NamedConfig } from './trainingConfigNames';

/** A Keras 2 training_config as the legacy .h5 format stores it. */
export interface KerasTrainingConfig {
  loss: unknown;
  metrics: unknown;
  weighted_metrics: null;
  loss_weights: null;
  sample_weight_mode: null;
  optimizer_config: { class_name: string; config: Record<string, unknown> };
}

type Config = Record<string, unknown>;

function isObject(value: unknown): value is Config {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies `translate` to a loss or metrics entry that is one name, a list, or a dict keyed by output. */
function mapNested<T>(value: unknown, translate: (entry: unknown) => T): T | T[] | Record<string, T> {
  if (Array.isArray(value)) return value.map(translate);
  if (isObject(value) && !('class_name' in value)) {
    return Object.fromEntries(Object.entries(value).map(([output, entry]) => [output, translate(entry)]));
  }
  return translate(value);
}

/** Keras lists metrics per output as nested lists in some versions; tfjs wants one flat list. */
function flattenMetrics(value: unknown): unknown {
  return Array.isArray(value) ? value.flat(Infinity) : value;
}

function number(config: Config, keys: string[], fallback: number): number {
  for (const key of keys) if (typeof config[key] === 'number') return config[key] as number;
  return fallback;
}

function refuseOption(where: string, optimizer: string, option: string, value: unknown): never {
  throw new ModelFormatError(
    `${where}: the ${optimizer} optimizer uses ${option}=${typeof value === 'number' ? Number(value.toPrecision(6)) : JSON.stringify(value)}, which TensorFlow.js cannot reproduce. ` +
      `Recompile the model without ${option} and save it again.`,
  );
}

/** Options tfjs optimizers lack; a zero, null or false value means the option is off. */
const KERAS_ONLY_OPTIONS = ['decay', 'amsgrad', 'clipnorm', 'clipvalue', 'global_clipnorm', 'weight_decay', 'use_ema'];

function kerasOptimizerToTfjs(optimizer: unknown, where: string): NamedConfig {
  if (!isObject(optimizer) || typeof optimizer.class_name !== 'string') {
    throw new ModelFormatError(`${where}: the training configuration has no readable optimizer. Save the model again after model.compile.`);
  }
  const name = optimizer.class_name.replace(/^Custom>/, '');
  const config = isObject(optimizer.config) ? optimizer.config : {};
  const lr = config.learning_rate ?? config.lr;
  if (typeof lr !== 'number') {
    refuseOption(where, name, 'a learning-rate schedule', isObject(lr) ? lr.class_name : lr);
  }
  // Adamax is the one tfjs optimizer with Keras's learning-rate decay.
  const ignored = name === 'Adamax' ? KERAS_ONLY_OPTIONS.filter((o) => o !== 'decay') : KERAS_ONLY_OPTIONS;
  for (const option of ignored) {
    const value = config[option];
    if (value !== undefined && value !== null && value !== 0 && value !== false) refuseOption(where, name, option, value);
  }
  const epsilon = number(config, ['epsilon'], 1e-7);
  switch (name) {
    case 'SGD': {
      const momentum = number(config, ['momentum'], 0);
      const nesterov = config.nesterov === true;
      if (momentum === 0 && !nesterov) return { class_name: 'SGD', config: { learning_rate: lr } };
      return { class_name: 'Momentum', config: { learning_rate: lr, momentum, use_nesterov: nesterov } };
    }
    case 'Adam':
      return {
        class_name: 'Adam',
        config: { learning_rate: lr, beta1: number(config, ['beta_1'], 0.9), beta2: number(config, ['beta_2'], 0.999), epsilon },
      };
    case 'Adamax':
      return {
        class_name: 'Adamax',
        config: {
          learning_rate: lr,
          beta1: number(config, ['beta_1'], 0.9),
          beta2: number(config, ['beta_2'], 0.999),
          epsilon,
          decay: number(config, ['decay'], 0),
        },
      };
    case 'RMSprop':
    case 'RMSProp':
      // tfjs calls Keras's rho "decay": the discount of the running mean square.
      return {
        class_name: 'RMSProp',
        config: {
          learning_rate: lr,
          decay: number(config, ['rho'], 0.9),
          momentum: number(config, ['momentum'], 0),
          epsilon,
          centered: config.centered === true,
        },
      };
    case 'Adagrad':
      // Keras before tf.keras started the accumulators at zero and wrote no initial value.
      return {
        class_name: 'Adagrad',
        config: { learning_rate: lr, initial_accumulator_value: number(config, ['initial_accumulator_value'], 0) },
      };
    case 'Adadelta':
      return { class_name: 'Adadelta', config: { learning_rate: lr, rho: number(config, ['rho'], 0.95), epsilon } };
    default:
      throw new ModelFormatError(
        `${where}: the model was compiled with the ${name} optimizer, which TensorFlow.js does not have ` +
          `(it has SGD, Adam, Adamax, RMSprop, Adagrad and Adadelta). Recompile with one of those and save again.`,
      );
  }
}

/**
 * Translates a Keras training_config (Keras 1, Keras 2, tf.keras; `optimizer` is accepted for
 * `optimizer_config`) into what tf.loadLayersModel compiles from. Null in, undefined out: an
 * uncompiled model. `where` names the file in messages.
 */
export function kerasTrainingConfigToTfjs(keras: unknown, where: string): tf.io.TrainingConfig | undefined {
  if (keras === null || keras === undefined) return undefined;
  if (!isObject(keras)) throw new ModelFormatError(`${where}: the training configuration is not a JSON object. Save the model again.`);
  const lossWeights = keras.loss_weights;
  const weights = Array.isArray(lossWeights) ? lossWeights : isObject(lossWeights) ? Object.values(lossWeights) : [];
  if (weights.some((w) => w !== 1)) {
    throw new ModelFormatError(
      `${where}: the model was compiled with loss_weights ${JSON.stringify(lossWeights)}, which TensorFlow.js cannot load. Recompile without loss_weights and save again.`,
    );
  }
  if (keras.sample_weight_mode !== undefined && keras.sample_weight_mode !== null) {
    throw new ModelFormatError(
      `${where}: the model was compiled with sample_weight_mode "${String(keras.sample_weight_mode)}", which TensorFlow.js cannot load. Recompile without it and save again.`,
    );
  }
  const weighted = keras.weighted_metrics;
  if (weighted !== undefined && weighted !== null && !(Array.isArray(weighted) && weighted.flat(Infinity).length === 0)) {
    throw new ModelFormatError(
      `${where}: the model was compiled with weighted_metrics, which TensorFlow.js cannot load. Recompile without weighted_metrics and save again.`,
    );
  }
  const loss = mapNested(keras.loss, (entry) => kerasLossToTfjs(entry, where));
  const lossNames = (typeof loss === 'string' ? [loss] : Array.isArray(loss) ? loss : Object.values(loss)) as string[];
  const config: tf.io.TrainingConfig = {
    loss: loss as tf.io.TrainingConfig['loss'],
    optimizer_config: kerasOptimizerToTfjs(keras.optimizer_config ?? keras.optimizer, where),
  };
  const metrics = flattenMetrics(keras.metrics);
  if (metrics !== undefined && metrics !== null) {
    const translated = mapNested(metrics, (entry) => kerasMetricToTfjs(entry, lossNames, where));
    config.metrics = (typeof translated === 'string' ? [translated] : translated) as tf.io.TrainingConfig['metrics'];
  }
  return config;
}

function tfjsOptimizerToKeras(optimizer: Config): KerasTrainingConfig['optimizer_config'] {
  const name = String(optimizer.class_name);
  // tfjs writes camelCase keys; tf.loadLayersModel also accepts snake_case, so read both.
  const config = isObject(optimizer.config) ? optimizer.config : {};
  const get = (camel: string, snake: string, fallback: number) => number(config, [camel, snake], fallback);
  const learning_rate = get('learningRate', 'learning_rate', 0.001);
  const epsilon = get('epsilon', 'epsilon', 1e-7);
  switch (name) {
    case 'SGD':
      return { class_name: 'SGD', config: { learning_rate, momentum: 0, nesterov: false } };
    case 'Momentum':
      return {
        class_name: 'SGD',
        config: { learning_rate, momentum: get('momentum', 'momentum', 0), nesterov: (config.useNesterov ?? config.use_nesterov) === true },
      };
    case 'Adam':
      return {
        class_name: 'Adam',
        config: { learning_rate, beta_1: get('beta1', 'beta_1', 0.9), beta_2: get('beta2', 'beta_2', 0.999), epsilon, amsgrad: false },
      };
    case 'Adamax': {
      const decay = get('decay', 'decay', 0);
      if (decay !== 0) refuseOption('Exporting to Keras', 'Adamax', 'decay', decay);
      return {
        class_name: 'Adamax',
        config: { learning_rate, beta_1: get('beta1', 'beta_1', 0.9), beta_2: get('beta2', 'beta_2', 0.999), epsilon },
      };
    }
    case 'RMSProp':
      return {
        class_name: 'RMSprop',
        config: {
          learning_rate,
          rho: get('decay', 'decay', 0.9),
          momentum: get('momentum', 'momentum', 0),
          epsilon,
          centered: config.centered === true,
        },
      };
    case 'Adagrad':
      return {
        class_name: 'Adagrad',
        config: { learning_rate, initial_accumulator_value: get('initialAccumulatorValue', 'initial_accumulator_value', 0.1), epsilon },
      };
    case 'Adadelta':
      return { class_name: 'Adadelta', config: { learning_rate, rho: get('rho', 'rho', 0.95), epsilon } };
    default:
      throw new ModelFormatError(
        `The model's ${name} optimizer has no Keras equivalent. Compile it with sgd, adam, adamax, rmsprop, adagrad or adadelta before exporting.`,
      );
  }
}

/**
 * Translates tfjs compile settings into a Keras 2 training_config that tf.keras 2.x and
 * Keras 3 both compile from. Only the keys the current Keras optimizers accept are written:
 * tf.keras 2.11+ and Keras 3 reject the legacy `decay` and `lr`.
 */
export function tfjsTrainingConfigToKeras(tfjs: tf.io.TrainingConfig): KerasTrainingConfig {
  if (tfjs.loss_weights != null || tfjs.sample_weight_mode != null || tfjs.weighted_metrics != null) {
    throw new ModelFormatError(
      'The model was compiled with loss_weights, sample_weight_mode or weighted_metrics, which the Keras export does not write. Compile it without them before exporting.',
    );
  }
  return {
    loss: mapNested(tfjs.loss, (entry) => tfjsLossToKeras(String(entry))),
    metrics: tfjs.metrics == null ? null : mapNested(tfjs.metrics, (entry) => tfjsMetricToKeras(String(entry))),
    weighted_metrics: null,
    loss_weights: null,
    sample_weight_mode: null,
    optimizer_config: tfjsOptimizerToKeras(tfjs.optimizer_config as Config),
  };
}
