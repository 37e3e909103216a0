/**
 * Keras 1's initializer, regularizer and constraint settings as Keras 2 / tfjs objects. Keras 1
 * named initializers by string ('glorot_uniform', 'zero') with fixed parameters, and wrote
 * regularizers and constraints as `{ name, l1, l2 }` / `{ name, m, axis }`.
 */
import { ModelFormatError } from './modelFormatError';

/** Which layer a setting belongs to, for messages. */
export interface LayerRef {
  name: string;
  className: string;
}

type KerasObject = { class_name: string; config: Record<string, unknown> };

const variance = (scale: number, mode: string, distribution: string): KerasObject => ({
  class_name: 'VarianceScaling',
  config: { scale, mode, distribution, seed: null },
});

/** Keras 1.2's initializers with the parameters it hard-coded (uniform ±0.05, orthogonal gain 1.1). */
const INITIALIZERS: Record<string, KerasObject> = {
  zero: { class_name: 'Zeros', config: {} },
  one: { class_name: 'Ones', config: {} },
  uniform: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05, seed: null } },
  normal: { class_name: 'RandomNormal', config: { mean: 0, stddev: 0.05, seed: null } },
  identity: { class_name: 'Identity', config: { gain: 1 } },
  orthogonal: { class_name: 'Orthogonal', config: { gain: 1.1, seed: null } },
  glorot_uniform: variance(1, 'fan_avg', 'uniform'),
  glorot_normal: variance(1, 'fan_avg', 'normal'),
  he_uniform: variance(2, 'fan_in', 'uniform'),
  he_normal: variance(2, 'fan_in', 'normal'),
  lecun_uniform: variance(1, 'fan_in', 'uniform'),
};

export function keras1Initializer(name: unknown, ref: LayerRef): KerasObject {
  const initializer = typeof name === 'string' ? INITIALIZERS[name] : undefined;
  if (!initializer) {
    throw new ModelFormatError(
      `Layer "${ref.name}" (${ref.className}) uses the initializer ${JSON.stringify(name)}, which is not a Keras 1 built-in (it looks like a custom object). Use a built-in initializer and save the model again.`,
    );
  }
  return structuredClone(initializer);
}

function settingOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Keras 1 regularizers (WeightRegularizer, ActivityRegularizer, L1L2Regularizer) are all an L1 plus an L2 penalty. */
export function keras1Regularizer(value: unknown, ref: LayerRef): KerasObject | null {
  if (value === null || value === undefined) return null;
  const setting = settingOf(value);
  const name = setting?.name;
  if (!setting || typeof name !== 'string' || !/Regularizer$/.test(name)) {
    throw new ModelFormatError(
      `Layer "${ref.name}" (${ref.className}) uses the regularizer ${JSON.stringify(value)}, which Sparkbook cannot translate. Remove it and save the model again.`,
    );
  }
  return { class_name: 'L1L2', config: { l1: Number(setting.l1 ?? 0), l2: Number(setting.l2 ?? 0) } };
}

export function keras1Constraint(value: unknown, ref: LayerRef): KerasObject | null {
  if (value === null || value === undefined) return null;
  const setting = settingOf(value);
  switch (setting?.name) {
    case 'MaxNorm':
      return { class_name: 'MaxNorm', config: { max_value: setting.m ?? 2, axis: setting.axis ?? 0 } };
    case 'NonNeg':
      return { class_name: 'NonNeg', config: {} };
    case 'UnitNorm':
      return { class_name: 'UnitNorm', config: { axis: setting.axis ?? 0 } };
    default:
      throw new ModelFormatError(
        `Layer "${ref.name}" (${ref.className}) uses the constraint ${JSON.stringify(value)}, which Sparkbook cannot translate. Remove it and save the model again.`,
      );
  }
}
