/**
 * The Keras layers Sparkbook imports and exports, by their Keras 2 / TensorFlow.js class name.
 * tfjs-layers deserialises more than these; the list is what the format translations (Keras 1
 * and Keras 3 configs, weight layouts) are written and tested for, so anything else is refused
 * with a message naming the layer instead of loading with weights in the wrong places.
 */
import { ModelFormatError } from './modelFormatError';

export const SUPPORTED_LAYERS = [
  'InputLayer',
  'Dense',
  'Activation',
  'Dropout',
  'Flatten',
  'Reshape',
  'Conv1D',
  'Conv2D',
  'MaxPooling1D',
  'MaxPooling2D',
  'AveragePooling1D',
  'AveragePooling2D',
  'GlobalMaxPooling1D',
  'GlobalMaxPooling2D',
  'GlobalAveragePooling1D',
  'GlobalAveragePooling2D',
  'BatchNormalization',
  'LSTM',
  'GRU',
  'SimpleRNN',
  'Embedding',
  'Add',
  'Concatenate',
] as const;

/** Model classes: Sequential, and functional models (Keras 2 writes 'Model', Keras 3 'Functional'). */
export const SUPPORTED_MODELS = ['Sequential', 'Model', 'Functional'] as const;

const supported = new Set<string>(SUPPORTED_LAYERS);

/** Throws a ModelFormatError naming the layer when its class is not one Sparkbook supports. */
export function checkSupportedLayer(className: string, layerName: string): void {
  if (supported.has(className)) return;
  throw new ModelFormatError(
    `Layer "${layerName}" is a ${className}, which Sparkbook cannot import` +
      (/^[A-Z]/.test(className) ? '' : ' (it looks like a custom object)') +
      `. Supported layers: ${SUPPORTED_LAYERS.join(', ')}. Replace the layer in Keras and save the model again.`,
  );
}
