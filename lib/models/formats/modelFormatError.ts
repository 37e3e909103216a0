/**
 * A model file that cannot be read or written: not a model, truncated, an unsupported layer or
 * custom object, weights whose shapes do not match. The message names the file part at fault
 * (the layer, the weight) and says what to do; it is shown to the user as it is.
 */
export class ModelFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelFormatError';
  }
}
