/**
 * Where Keras 3 keeps each layer's variables in model.weights.h5 (saving_lib.py). Layers are
 * addressed not by their names (generated, so not reproducible) but by their Python class in
 * snake_case, numbered in model.layers order: `layers/dense`, `layers/dense_1`, `layers/conv2d`.
 * A layer's own variables are datasets "0", "1"... under `<path>/vars`, trainable ones first;
 * an RNN layer owns none, its cell does (`layers/lstm/cell/vars`). This holds from Keras 3.0 to
 * now; tf.keras 2.13-2.15 wrote the same under `_layer_checkpoint_dependencies`.
 */

/** Keras's naming.to_snake_case: `MaxPooling2D` → `max_pooling2d`, `SimpleRNN` → `simple_rnn`. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const RNN_LAYERS = new Set(['LSTM', 'GRU', 'SimpleRNN']);

/** A layer as the weight paths need it. */
export interface PathLayer {
  className: string;
}

/** The layers Keras 3's model.layers lists: a Sequential model's leaves out its InputLayer. */
export function keras3ModelLayers<L extends PathLayer>(modelClassName: string, layers: readonly L[]): L[] {
  return modelClassName === 'Sequential' ? layers.filter((l) => l.className !== 'InputLayer') : [...layers];
}

/**
 * The `vars` group of each layer, in the order given (model.layers: a Sequential model's list
 * leaves out its InputLayer, a functional model's includes it). `prefix` is `layers` for Keras 3.
 */
export function keras3VarsPaths(layers: readonly PathLayer[], prefix = 'layers'): { layerPath: string; varsPath: string }[] {
  const used = new Map<string, number>();
  return layers.map(({ className }) => {
    const base = toSnakeCase(className);
    const count = used.get(base);
    used.set(base, count === undefined ? 0 : count + 1);
    const layerPath = `${prefix}/${count === undefined ? base : `${base}_${count + 1}`}`;
    const varsPath = RNN_LAYERS.has(className) ? `${layerPath}/cell/vars` : `${layerPath}/vars`;
    return { layerPath, varsPath };
  });
}
