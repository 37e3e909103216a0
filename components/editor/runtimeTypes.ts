/**
 * The `tf` global as the editor declares it. The other names cells have in scope (spark, show,
 * models, datasets, display, checkInterrupt) are declared in generated/cellGlobals.ts, generated
 * from the runtime's own types (`npm run editor-types`).
 */

/** Where the TypeScript service sees the `tf` global; see TF_GLOBAL_DTS. */
export const TF_GLOBAL_PATH = 'file:///sparkbook-tf-global.d.ts';

/**
 * `tf` as a global namespace alias, so it names tfjs's types as well as its values:
 * `(x: tf.Tensor) => ...`, `tf.LayersModel`, `tf.Rank`. A `declare const tf: typeof import(...)`
 * would carry only the values. An alias needs an import, which makes the file a module,
 * so it lives apart from the script below.
 */
export const TF_GLOBAL_DTS = `
import * as tfjs from '@tensorflow/tfjs';

declare global {
  /** TensorFlow.js (@tensorflow/tfjs 4.22), already imported in every cell. */
  export import tf = tfjs;
}
`;
