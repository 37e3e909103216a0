/**
 * A tfjs model topology → a model config tf.keras 2.x and Keras 3's legacy .h5 loader accept.
 * tfjs already writes Keras 2 style snake_case configs; what differs is what tfjs leaves null
 * (LSTM implementation, unit_forget_bias) and its VarianceScaling 'normal', which Keras 3 refuses
 * (tf.keras read it as truncated normal, so that is what it becomes).
 */
type Config = Record<string, unknown>;

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

function fixInitializer(value: Config): Config {
  if (value.class_name !== 'VarianceScaling' || !isObject(value.config) || value.config.distribution !== 'normal') return value;
  return { ...value, config: { ...value.config, distribution: 'truncated_normal' } };
}

function fixLayerConfig(className: string, config: Config): Config {
  const out: Config = {};
  for (const [key, value] of Object.entries(config)) {
    if (key.endsWith('_initializer') && isObject(value)) out[key] = fixInitializer(value);
    else out[key] = value;
  }
  if (['LSTM', 'GRU', 'SimpleRNN'].includes(className)) {
    // Null means "the default" to tfjs; both Keras versions want a value or nothing.
    if (out.implementation == null) delete out.implementation;
    if (className === 'LSTM' && out.unit_forget_bias == null) out.unit_forget_bias = false;
  }
  return out;
}

function fixLayer(layer: unknown): unknown {
  if (!isObject(layer) || typeof layer.class_name !== 'string' || !isObject(layer.config)) return layer;
  if (Array.isArray(layer.config.layers)) return { ...layer, ...tfjsTopologyToKeras(layer as { class_name: string; config: Config }) };
  return { ...layer, config: fixLayerConfig(layer.class_name, layer.config) };
}

/** The model config to write as model_config; tfjs's own keras_version and backend are dropped. */
export function tfjsTopologyToKeras(topology: { class_name: string; config: unknown }): { class_name: string; config: Config } {
  const config = isObject(topology.config) ? topology.config : { layers: topology.config };
  return { class_name: topology.class_name, config: { ...config, layers: ((config.layers as unknown[]) ?? []).map(fixLayer) } };
}
