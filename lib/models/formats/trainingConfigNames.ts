/**
 * Loss and metric names between Keras and TensorFlow.js. tfjs stores them snake_case and looks
 * them up camelCased in its own tables, which lack Keras's short aliases (mse, kld) and its
 * newer spellings (kl_divergence, log_cosh, cosine_similarity); tf.keras and Keras 3 also store
 * loss and metric objects as `{ class_name, config }`, whose options tfjs may not have.
 */
import { ModelFormatError } from './modelFormatError';

/** An optimizer, loss or metric serialised by Keras or tfjs. */
export interface NamedConfig {
  class_name: string;
  config: Record<string, unknown>;
}

/** Keras loss spellings (functions, aliases, classes) → the tfjs snake_case loss name. */
const KERAS_LOSSES: Record<string, string> = {
  mean_squared_error: 'mean_squared_error',
  mse: 'mean_squared_error',
  MSE: 'mean_squared_error',
  MeanSquaredError: 'mean_squared_error',
  mean_absolute_error: 'mean_absolute_error',
  mae: 'mean_absolute_error',
  MAE: 'mean_absolute_error',
  MeanAbsoluteError: 'mean_absolute_error',
  mean_absolute_percentage_error: 'mean_absolute_percentage_error',
  mape: 'mean_absolute_percentage_error',
  MAPE: 'mean_absolute_percentage_error',
  MeanAbsolutePercentageError: 'mean_absolute_percentage_error',
  mean_squared_logarithmic_error: 'mean_squared_logarithmic_error',
  msle: 'mean_squared_logarithmic_error',
  MSLE: 'mean_squared_logarithmic_error',
  MeanSquaredLogarithmicError: 'mean_squared_logarithmic_error',
  squared_hinge: 'squared_hinge',
  SquaredHinge: 'squared_hinge',
  hinge: 'hinge',
  Hinge: 'hinge',
  categorical_hinge: 'categorical_hinge',
  CategoricalHinge: 'categorical_hinge',
  logcosh: 'logcosh',
  log_cosh: 'logcosh',
  LogCosh: 'logcosh',
  categorical_crossentropy: 'categorical_crossentropy',
  CategoricalCrossentropy: 'categorical_crossentropy',
  sparse_categorical_crossentropy: 'sparse_categorical_crossentropy',
  SparseCategoricalCrossentropy: 'sparse_categorical_crossentropy',
  binary_crossentropy: 'binary_crossentropy',
  BinaryCrossentropy: 'binary_crossentropy',
  kullback_leibler_divergence: 'kullback_leibler_divergence',
  kl_divergence: 'kullback_leibler_divergence',
  kld: 'kullback_leibler_divergence',
  KLD: 'kullback_leibler_divergence',
  KLDivergence: 'kullback_leibler_divergence',
  poisson: 'poisson',
  Poisson: 'poisson',
  cosine_proximity: 'cosine_proximity',
  cosine: 'cosine_proximity',
  cosine_similarity: 'cosine_proximity',
  CosineSimilarity: 'cosine_proximity',
};

/** Keras metric spellings → the tfjs metric name; accuracy-by-loss names are resolved below. */
const KERAS_METRICS: Record<string, string> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  crossentropy: 'crossentropy',
  ce: 'crossentropy',
  binary_accuracy: 'binary_accuracy',
  BinaryAccuracy: 'binary_accuracy',
  categorical_accuracy: 'categorical_accuracy',
  CategoricalAccuracy: 'categorical_accuracy',
  categorical_crossentropy: 'categorical_crossentropy',
  CategoricalCrossentropy: 'categorical_crossentropy',
  sparse_categorical_crossentropy: 'sparse_categorical_crossentropy',
  SparseCategoricalCrossentropy: 'sparse_categorical_crossentropy',
  mse: 'mse',
  MSE: 'mse',
  mean_squared_error: 'mse',
  MeanSquaredError: 'mse',
  mae: 'mae',
  MAE: 'mae',
  mean_absolute_error: 'mae',
  MeanAbsoluteError: 'mae',
  mape: 'mape',
  MAPE: 'mape',
  mean_absolute_percentage_error: 'mape',
  MeanAbsolutePercentageError: 'mape',
  cosine: 'cosine',
  cosine_proximity: 'cosine',
  cosine_similarity: 'cosine',
  CosineSimilarity: 'cosine',
  precision: 'precision',
  Precision: 'precision',
};

/** tfjs loss names → the spelling tf.keras 2.x and Keras 3 both resolve. */
const TFJS_LOSSES_TO_KERAS: Record<string, string> = {
  logcosh: 'log_cosh',
  kullback_leibler_divergence: 'kl_divergence',
  cosine_proximity: 'cosine_similarity',
};

/** tfjs metric names → Keras; Keras resolves `Precision` by class, not as `precision`. */
const TFJS_METRICS_TO_KERAS: Record<string, string> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  crossentropy: 'crossentropy',
  ce: 'crossentropy',
  binary_accuracy: 'binary_accuracy',
  categorical_accuracy: 'categorical_accuracy',
  categorical_crossentropy: 'categorical_crossentropy',
  sparse_categorical_crossentropy: 'sparse_categorical_crossentropy',
  mse: 'mse',
  mae: 'mae',
  mape: 'mape',
  cosine: 'cosine_similarity',
  precision: 'Precision',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A loss or metric object's options that change what it computes beyond what its name says. */
function refuseChangedDefaults(kind: string, name: string, config: Record<string, unknown>, where: string): void {
  const changed: string[] = [];
  if (config.from_logits === true) changed.push('from_logits=True');
  if (typeof config.label_smoothing === 'number' && config.label_smoothing !== 0) changed.push(`label_smoothing=${config.label_smoothing}`);
  if (config.axis !== undefined && config.axis !== -1) changed.push(`axis=${JSON.stringify(config.axis)}`);
  if (config.ignore_class !== undefined && config.ignore_class !== null)
    changed.push(`ignore_class=${JSON.stringify(config.ignore_class)}`);
  if (typeof config.reduction === 'string' && !['auto', 'sum_over_batch_size'].includes(config.reduction))
    changed.push(`reduction="${config.reduction}"`);
  for (const key of ['thresholds', 'top_k', 'class_id']) {
    if (config[key] !== undefined && config[key] !== null && config[key] !== 0.5) changed.push(`${key}=${JSON.stringify(config[key])}`);
  }
  if (typeof config.threshold === 'number' && config.threshold !== 0.5) changed.push(`threshold=${config.threshold}`);
  if (changed.length > 0) {
    throw new ModelFormatError(
      `${where}: the ${kind} ${name} uses ${changed.join(', ')}, which TensorFlow.js cannot reproduce. Recompile the model with the default ${kind} options and save it again.`,
    );
  }
}

/** The name and options of a loss or metric given as a string or as `{ class_name, config }`. */
function nameAndConfig(entry: unknown, kind: string, where: string): { name: string; config: Record<string, unknown> } {
  if (typeof entry === 'string') return { name: entry, config: {} };
  if (isObject(entry) && typeof entry.class_name === 'string') {
    const config = isObject(entry.config) ? entry.config : {};
    // A metric function wrapped by tf.keras: the function is what it computes.
    if (entry.class_name === 'MeanMetricWrapper' && typeof config.fn === 'string') return { name: config.fn, config };
    return { name: entry.class_name, config };
  }
  throw new ModelFormatError(
    `${where}: a ${kind} in the training configuration is ${JSON.stringify(entry)}, which is not a ${kind} name. Recompile with a built-in ${kind} and save again.`,
  );
}

/** The tfjs snake_case name of a Keras loss, or a ModelFormatError naming the loss. */
export function kerasLossToTfjs(entry: unknown, where: string): string {
  const { name, config } = nameAndConfig(entry, 'loss', where);
  const tfjsName = KERAS_LOSSES[name];
  if (!tfjsName) {
    throw new ModelFormatError(
      `${where}: the model was compiled with the loss "${name}", which TensorFlow.js does not have. Recompile with one of ${[...new Set(Object.values(KERAS_LOSSES))].join(', ')} and save again.`,
    );
  }
  refuseChangedDefaults('loss', name, config, where);
  return tfjsName;
}

/**
 * The tfjs name of a Keras metric. tfjs has no sparse_categorical_accuracy or
 * binary_crossentropy metric, but picks them for 'accuracy' and 'crossentropy' from the loss.
 */
export function kerasMetricToTfjs(entry: unknown, lossNames: string[], where: string): string {
  const { name, config } = nameAndConfig(entry, 'metric', where);
  refuseChangedDefaults('metric', name, config, where);
  if (
    (name === 'sparse_categorical_accuracy' || name === 'SparseCategoricalAccuracy') &&
    lossNames.every((l) => l === 'sparse_categorical_crossentropy')
  )
    return 'accuracy';
  if ((name === 'binary_crossentropy' || name === 'BinaryCrossentropy') && lossNames.every((l) => l === 'binary_crossentropy'))
    return 'crossentropy';
  const tfjsName = KERAS_METRICS[name];
  if (!tfjsName) {
    throw new ModelFormatError(
      `${where}: the model was compiled with the metric "${name}", which TensorFlow.js does not have. Recompile without it (TensorFlow.js has ${[...new Set(Object.values(KERAS_METRICS))].join(', ')}) and save again.`,
    );
  }
  return tfjsName;
}

/** The Keras name of a tfjs loss, or a ModelFormatError for one Keras cannot resolve. */
export function tfjsLossToKeras(name: string): string {
  if (!(name in TFJS_LOSSES_TO_KERAS) && !Object.values(KERAS_LOSSES).includes(name)) {
    throw new ModelFormatError(
      `The model's loss "${name}" is not a built-in loss Keras knows. Compile it with a built-in loss such as 'categoricalCrossentropy' before exporting.`,
    );
  }
  return TFJS_LOSSES_TO_KERAS[name] ?? name;
}

/** The Keras name of a tfjs metric, or a ModelFormatError for one Keras cannot resolve. */
export function tfjsMetricToKeras(name: string): string {
  const keras = TFJS_METRICS_TO_KERAS[name];
  if (!keras) {
    throw new ModelFormatError(
      `The model's metric "${name}" has no Keras equivalent. Compile it without that metric (or with 'accuracy') before exporting.`,
    );
  }
  return keras;
}
