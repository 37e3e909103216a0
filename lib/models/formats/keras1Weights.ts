/**
 * Keras 1 weight layouts → Keras 2 / tfjs. Keras 1 kept one matrix per LSTM and GRU gate (and
 * LSTM's gates in i, c, f, o order), stored Theano-ordered conv kernels filters-first, and
 * stored Conv1D kernels as 4-D; Keras 2's loader (preprocess_weights_for_loading) re-lays them
 * out exactly so, which this follows.
 */
import type { LayerSpec } from './keras1Config';
import { ModelFormatError } from './modelFormatError';
import { concatLastAxis, flipSpatialAxes, transposeWeight, type WeightArray } from './weightArrays';

function pick(weights: WeightArray[], indices: number[]): WeightArray {
  return concatLastAxis(indices.map((i) => weights[i]));
}

/** Concatenates per-gate [W, U, b] triples; `gates` lists the file's gate positions in Keras 2 order. */
function joinGates(weights: WeightArray[], gates: number[]): WeightArray[] {
  return [0, 1, 2].map((k) =>
    pick(
      weights,
      gates.map((g) => g * 3 + k),
    ),
  );
}

/**
 * One layer's weights from a Keras 1 file, in the order and shapes Keras 2 (and tfjs) give that
 * layer. `layer` is the already-translated Keras 2 config.
 */
export function keras1WeightsToKeras2(layer: LayerSpec, weights: WeightArray[]): WeightArray[] {
  const name = String(layer.config.name);
  switch (layer.class_name) {
    case 'Sequential':
    case 'Model':
    case 'Functional':
      throw new ModelFormatError(
        `Layer "${name}" is a model nested inside the Keras 1 model; Sparkbook cannot re-lay out nested Keras 1 weights. Flatten the model into one level in Keras and save again.`,
      );
    case 'LSTM':
      // Keras 1 order i, c, f, o; Keras 2 order i, f, c, o. Three weights: already concatenated (consume_less='gpu').
      return weights.length === 12 ? joinGates(weights, [0, 2, 1, 3]) : weights;
    case 'GRU':
      return weights.length === 9 ? joinGates(weights, [0, 1, 2]) : weights;
    case 'Conv2D':
      if (layer.config.data_format !== 'channels_first' || weights.length === 0) return weights;
      // (filters, in, rows, cols) → (rows, cols, in, filters)
      return [transposeWeight(weights[0], [2, 3, 1, 0]), ...weights.slice(1)];
    case 'Conv1D': {
      if (weights.length === 0 || weights[0].shape.length !== 4) return weights;
      const filters = Number(layer.config.filters);
      const kernelSize = Number((layer.config.kernel_size as number[])[0]);
      let kernel = weights[0];
      // Keras 1.1 stored (filters, in, length, 1); Keras 1.2 (length, 1, in, filters).
      if (kernel.shape[0] !== kernelSize || kernel.shape[1] !== 1 || kernel.shape[3] !== filters)
        kernel = transposeWeight(kernel, [2, 3, 1, 0]);
      return [{ data: kernel.data, shape: [kernel.shape[0], kernel.shape[2], kernel.shape[3]] }, ...weights.slice(1)];
    }
    default:
      return weights;
  }
}

/** Convolution kernels trained on Theano, in any Keras version, are mirrored for TensorFlow. */
export function theanoKernelsToTensorflow(layer: LayerSpec, weights: WeightArray[]): WeightArray[] {
  if ((layer.class_name !== 'Conv1D' && layer.class_name !== 'Conv2D') || weights.length === 0) return weights;
  return [flipSpatialAxes(weights[0]), ...weights.slice(1)];
}
