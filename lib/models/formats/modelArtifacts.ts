/**
 * What every format reads into and writes from: TensorFlow.js's own model artifacts, with the
 * topology as a Keras 2 style model config (what tf.loadLayersModel deserialises), the weights
 * as one buffer described by weight specs in the model's weight order, and the compile settings
 * (loss, metrics, optimizer) when the file has them.
 */
import type * as tf from '@tensorflow/tfjs';

export interface ModelArtifactsData {
  /** `{ class_name: 'Sequential' | 'Model' | 'Functional', config: {...} }`, Keras 2 / tfjs naming. */
  modelTopology: { class_name: string; config: unknown; keras_version?: string; backend?: string };
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
  /** Loss, metrics and optimizer as tfjs's getTrainingConfig() writes them; absent for an uncompiled model. */
  trainingConfig?: tf.io.TrainingConfig;
  /** What an import left out and why (e.g. compile settings tfjs cannot reproduce), for the user to read. */
  importNotes?: string[];
}
