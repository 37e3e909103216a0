/**
 * The objects inside a layer's config (initializers, regularizers, constraints, activations,
 * dtype policies) between Keras 3's `{ module, class_name, config, registered_name }` form and
 * the `{ class_name, config }` form TensorFlow.js deserialises. Names differ a little
 * (LecunNormal/LeCunNormal, OrthogonalInitializer/Orthogonal, L2/L1L2); anything that is not a
 * Keras built-in is refused, since tfjs cannot run Python code.
 */
import { ModelFormatError } from './modelFormatError';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Keras 3 built-in lives in a `keras...` module and has no registered name other than its class. */
export function isKerasBuiltin(entry: Json): boolean {
  const module = entry.module;
  const registered = entry.registered_name;
  const builtinModule = module === undefined || (typeof module === 'string' && /^keras(\.|$)/.test(module));
  const builtinName = registered === undefined || registered === null || registered === entry.class_name;
  return builtinModule && builtinName;
}

const INITIALIZERS_FROM_KERAS3: Record<string, string> = {
  OrthogonalInitializer: 'Orthogonal',
  IdentityInitializer: 'Identity',
  LecunNormal: 'LeCunNormal',
  LecunUniform: 'LeCunUniform',
};
const INITIALIZERS_TO_KERAS3: Record<string, string> = { LeCunNormal: 'LecunNormal', LeCunUniform: 'LecunUniform' };

/** tfjs activations that compute what the Keras 3 activation of the same name computes. */
const SHARED_ACTIVATIONS = new Set([
  'linear',
  'relu',
  'relu6',
  'elu',
  'selu',
  'softmax',
  'sigmoid',
  'tanh',
  'softplus',
  'softsign',
  'swish',
  'mish',
  'gelu',
  'log_softmax',
]);

type Side = 'import' | 'export';

function refuse(where: string, what: string, fix: string): never {
  throw new ModelFormatError(`${where} ${what}. ${fix}`);
}

/**
 * Keras 3 changed hard_sigmoid to relu6(x + 3) / 6; tfjs keeps Keras 2's clip(0.2x + 0.5). The
 * same name would load and silently compute something else, so it is refused both ways.
 */
export function translateActivation(value: unknown, key: string, where: string, side: Side): string | null {
  if (value === null || value === undefined) return null;
  let name: unknown = value;
  if (isObject(value)) {
    if (!isKerasBuiltin(value))
      refuse(
        where,
        `uses the custom activation ${JSON.stringify(value.registered_name ?? value.class_name)}`,
        'Use a built-in activation and save the model again.',
      );
    name = value.class_name === 'function' ? value.config : value.class_name;
  }
  if (typeof name !== 'string')
    refuse(where, `has an activation Sparkbook cannot read (${JSON.stringify(value)})`, 'Use a built-in activation and save again.');
  const normalised = name === 'silu' ? 'swish' : name;
  if (SHARED_ACTIVATIONS.has(normalised)) return normalised;
  const options = [...SHARED_ACTIVATIONS].join(', ');
  const fix =
    side === 'import'
      ? `Use one of ${options} in Keras and save the model again.`
      : `Build the layer with one of ${options}${key === 'recurrent_activation' ? " (recurrentActivation: 'sigmoid' is Keras's default)" : ''}, retrain, and export again.`;
  refuse(
    where,
    `uses ${key} "${name}", which Keras 3 and TensorFlow.js ${name === 'hard_sigmoid' ? 'compute differently (Keras 3 changed its slope)' : 'do not both have'}`,
    fix,
  );
}

/** Layer dtype: Keras 3 writes a DTypePolicy object (3.x later) or a plain name (3.0); tfjs wants the name. */
export function dtypeFromKeras3(value: unknown, where: string, isInput: boolean): string | undefined {
  if (value === null || value === undefined) return undefined;
  const name = isObject(value) ? (isObject(value.config) ? value.config.name : undefined) : value;
  if (typeof name !== 'string')
    refuse(where, `has a dtype Sparkbook cannot read (${JSON.stringify(value)})`, 'Save the model with dtype float32.');
  if (name === 'float32') return name;
  // Inputs carry the data's type (token ids for an Embedding); tfjs has 32-bit types only.
  if (isInput && ['int32', 'int64', 'int16', 'int8', 'uint8'].includes(name)) return 'int32';
  if (isInput && ['float64', 'float16', 'bfloat16'].includes(name)) return 'float32';
  refuse(
    where,
    `uses the ${name} dtype policy; TensorFlow.js runs float32 only`,
    'Set the layer (or keras.config.set_dtype_policy) to float32 and save the model again.',
  );
}

function kind(key: string): 'initializer' | 'regularizer' | 'constraint' | null {
  if (key.endsWith('_initializer')) return 'initializer';
  if (key.endsWith('_regularizer')) return 'regularizer';
  if (key.endsWith('_constraint')) return 'constraint';
  return null;
}

/** Initializers only matter if the model is re-initialised; tfjs's "normal" is Keras's truncated normal. */
function initializerFromKeras3(name: string, config: Json): [string, Json] {
  if (name === 'VarianceScaling' && typeof config.distribution === 'string') {
    const distribution = config.distribution === 'uniform' ? 'uniform' : 'normal';
    return [name, { ...config, distribution }];
  }
  return [INITIALIZERS_FROM_KERAS3[name] ?? name, config];
}

function regularizerFromKeras3(name: string, config: Json, where: string): [string, Json] {
  if (name === 'L1') return ['L1L2', { l1: config.l1 ?? 0.01, l2: 0 }];
  if (name === 'L2') return ['L1L2', { l1: 0, l2: config.l2 ?? 0.01 }];
  if (name === 'L1L2') return ['L1L2', { l1: config.l1 ?? 0, l2: config.l2 ?? 0 }];
  refuse(where, `uses the ${name} regularizer, which TensorFlow.js does not have`, 'Use L1, L2 or L1L2 and save the model again.');
}

/** A nested initializer/regularizer/constraint from Keras 3 to tfjs's `{ class_name, config }`. */
export function nestedFromKeras3(key: string, value: unknown, where: string): unknown {
  const k = kind(key);
  if (k === null || value === null || value === undefined) return value;
  const entry: Json = typeof value === 'string' ? { class_name: value, config: {} } : isObject(value) ? value : {};
  if (typeof entry.class_name !== 'string')
    refuse(`${where}: ${key}`, `is not a Keras ${k} (${JSON.stringify(value)})`, 'Save the model again with a built-in one.');
  if (!isKerasBuiltin(entry)) {
    refuse(
      `${where}: ${key}`,
      `is the custom ${k} ${JSON.stringify(entry.registered_name ?? entry.class_name)}`,
      `Replace it with a built-in ${k} in Keras and save the model again.`,
    );
  }
  const config = isObject(entry.config) ? entry.config : {};
  if (typeof value === 'string') return value; // tfjs resolves the same snake_case identifiers
  const [className, tfjsConfig] =
    k === 'initializer'
      ? initializerFromKeras3(entry.class_name, config)
      : k === 'regularizer'
        ? regularizerFromKeras3(entry.class_name, config, where)
        : [entry.class_name, config];
  return { class_name: className, config: tfjsConfig };
}

/** A nested tfjs initializer/regularizer/constraint as Keras 3 serialises it. */
export function nestedToKeras3(key: string, value: unknown): unknown {
  const k = kind(key);
  if (k === null || !isObject(value) || typeof value.class_name !== 'string') return value;
  let className = value.class_name;
  let config = isObject(value.config) ? { ...value.config } : {};
  if (k === 'initializer') {
    className = INITIALIZERS_TO_KERAS3[className] ?? className;
    if (className === 'VarianceScaling' && config.distribution === 'normal') config = { ...config, distribution: 'truncated_normal' };
  }
  return { module: `keras.${k}s`, class_name: className, config, registered_name: null };
}
