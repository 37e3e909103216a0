/**
 * Checks a Keras 2 model config (from Keras 2.x, tf.keras or a translated Keras 1 file) before
 * tfjs-layers sees it: every layer, nested models included, must be one Sparkbook supports and
 * use no option tfjs would reject or silently ignore. Also irons out spellings tfjs does not read
 * (Keras 2.0's list-form Sequential config, dtype policies).
 */
import { ModelFormatError } from './modelFormatError';
import { SUPPORTED_MODELS, checkSupportedLayer } from './supportedLayers';

type Config = Record<string, unknown>;
/** A model config as `{ class_name, config }`. */
export interface ModelConfig {
  class_name: string;
  config: Config;
}

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);
const MODELS = new Set<string>(SUPPORTED_MODELS);

function refuse(name: string, className: string, what: string): never {
  throw new ModelFormatError(
    `Layer "${name}" (${className}) ${what}, which TensorFlow.js cannot run. Change the layer in Keras and save the model again.`,
  );
}

/** tf.keras writes a dtype as a string or, under mixed precision, as a Policy object. */
function float32Dtype(dtype: unknown, name: string, className: string): string | undefined {
  if (dtype === undefined || dtype === null) return undefined;
  const policy = isObject(dtype) && isObject(dtype.config) ? dtype.config.name : dtype;
  if (policy !== 'float32') refuse(name, className, `computes in ${JSON.stringify(policy)}`);
  return 'float32';
}

function checkLayerOptions(className: string, name: string, c: Config): void {
  if (className === 'GRU' && c.reset_after === true)
    refuse(name, className, 'uses reset_after=True (the tf.keras default; tfjs GRUs only have reset_after=False)');
  if (className === 'Embedding' && c.sparse === true) refuse(name, className, 'uses sparse=True');
  if (className === 'Dropout' && c.noise_shape != null) refuse(name, className, 'uses noise_shape');
  for (const key of ['kernel_quantization_config', 'quantization_config'])
    if (c[key] != null) refuse(name, className, `is quantized (${key})`);
}

function normaliseLayer(layer: unknown, where: string): Config {
  if (!isObject(layer) || typeof layer.class_name !== 'string' || !isObject(layer.config)) {
    throw new ModelFormatError(
      `${where}: a layer in the model configuration is not a { class_name, config } object. The file is damaged or not a Keras model.`,
    );
  }
  const className = layer.class_name;
  const config: Config = { ...layer.config };
  const name = String(config.name ?? layer.name ?? '?');
  if (MODELS.has(className)) return { ...layer, ...normaliseModelConfig({ class_name: className, config }, where) };
  checkSupportedLayer(className, name);
  checkLayerOptions(className, name, config);
  const dtype = float32Dtype(config.dtype, name, className);
  if (dtype) config.dtype = dtype;
  return { ...layer, config };
}

/**
 * Validates and normalises a Keras 2 model config for tf.loadLayersModel. Throws a
 * ModelFormatError naming the first layer that is unsupported or uses an option tfjs lacks.
 */
export function normaliseModelConfig(model: unknown, where: string): ModelConfig {
  if (!isObject(model) || typeof model.class_name !== 'string') {
    throw new ModelFormatError(
      `${where}: the model configuration is not a Keras model ({ class_name, config }). Save the model again with model.save.`,
    );
  }
  const className = model.class_name;
  if (!MODELS.has(className)) {
    throw new ModelFormatError(
      `${where}: the model is a ${className}; Sparkbook imports Sequential and functional models. Rebuild it as one of those (subclassed models cannot be saved as a config) and save again.`,
    );
  }
  // Keras 2.0 and 2.1 wrote a Sequential's config as the bare list of its layers.
  const config: Config = Array.isArray(model.config)
    ? { name: 'sequential', layers: model.config }
    : isObject(model.config)
      ? { ...model.config }
      : {};
  if (!Array.isArray(config.layers))
    throw new ModelFormatError(`${where}: the model configuration lists no layers. Save the model again with model.save.`);
  config.layers = config.layers.map((layer) => normaliseLayer(layer, where));
  return { class_name: className, config };
}

/** Replaces every initializer with Zeros: the topology is only built to learn its weights' names and shapes. */
export function withZeroInitializers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withZeroInitializers);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key.endsWith('_initializer') && isObject(v) ? { class_name: 'Zeros', config: {} } : withZeroInitializers(v),
    ]),
  );
}
