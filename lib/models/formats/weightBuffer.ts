/**
 * The one weight buffer of model artifacts, where the weights lie back to back in weight-spec
 * order: how many bytes each spec takes, cutting the buffer into named float32 arrays for the
 * writers, and joining float32 arrays into a buffer for the readers.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { elementCount, type WeightArray } from './weightArrays';

const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2, complex64: 8 };

/** The bytes one weight takes in the buffer (its quantized dtype's, when quantized); `where` prefixes errors. */
export function specBytes(spec: tf.io.WeightsManifestEntry, where: string): number {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const bytes = BYTES_PER_ELEMENT[dtype];
  if (bytes === undefined)
    throw new ModelFormatError(
      `${where}: weight "${spec.name}" has dtype ${dtype}, which a layers model cannot hold. Save the model again with tf.LayersModel.save.`,
    );
  return elementCount(spec.shape) * bytes;
}

/** The bytes all `specs` take together. */
export function weightDataBytes(specs: readonly tf.io.WeightsManifestEntry[], where: string): number {
  return specs.reduce((n, spec) => n + specBytes(spec, where), 0);
}

/**
 * The model's own weights by name, as float32 (quantized ones dequantized). Optimizer state
 * (group 'optimizer') is left out: Keras lays its optimizer variables out differently.
 */
export function modelWeightsByName(artifacts: Pick<ModelArtifactsData, 'weightSpecs' | 'weightData'>): Map<string, WeightArray> {
  if (artifacts.weightData.byteLength < weightDataBytes(artifacts.weightSpecs, 'The model')) {
    throw new ModelFormatError(
      "The model's weight data is shorter than its weight specs say; it is damaged. Reload the model and export again.",
    );
  }
  const tensors = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
  try {
    const out = new Map<string, WeightArray>();
    for (const spec of artifacts.weightSpecs) {
      if (spec.group === 'optimizer') continue;
      const tensor = tensors[spec.name];
      if (tensor.dtype !== 'float32')
        throw new ModelFormatError(
          `Weight "${spec.name}" is ${tensor.dtype}; Keras models store float32 weights. Cast it to float32 before exporting.`,
        );
      out.set(spec.name, { shape: [...tensor.shape], data: tensor.dataSync() as Float32Array });
    }
    return out;
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** Float32 arrays back to back in one buffer, as weight specs in the same order describe them. */
export function concatFloat32(arrays: readonly Float32Array[]): ArrayBuffer {
  const all = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    all.set(a, offset);
    offset += a.length;
  }
  return all.buffer;
}
