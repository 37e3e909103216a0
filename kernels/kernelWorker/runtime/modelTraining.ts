/**
 * Which training last changed a model's weights, so that models.save can record it: spark.fit
 * records its job, model.fit its options and final metrics. Kept beside the model object,
 * never on it, so a collected model takes its entry with it.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ModelTraining } from '../../../lib/models/modelRecord';

const trainings = new WeakMap<tf.LayersModel, ModelTraining>();

export function rememberTraining(model: tf.LayersModel, training: ModelTraining): void {
  trainings.set(model, training);
}

export function trainingOf(model: tf.LayersModel): ModelTraining | undefined {
  return trainings.get(model);
}

/** The last value of each series in a Keras-style history: the final epoch's metrics. */
export function finalMetrics(history: Record<string, readonly number[]>): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [name, values] of Object.entries(history)) {
    const last = values[values.length - 1];
    if (typeof last === 'number' && Number.isFinite(last)) metrics[name] = last;
  }
  return metrics;
}

/** A callback for model.fit that remembers the fit when it ends. */
export function trainingMemoryCallback(model: tf.LayersModel, args: { epochs?: number; batchSize?: number }): tf.CustomCallbackArgs {
  let last: Record<string, number> = {};
  return {
    onEpochEnd: async (_epoch, logs) => {
      if (logs) last = finalMetrics(Object.fromEntries(Object.entries(logs).map(([k, v]) => [k, [Number(v)]])));
    },
    onTrainEnd: async () => {
      rememberTraining(model, { by: 'model.fit', config: { epochs: args.epochs, batchSize: args.batchSize }, metrics: last });
    },
  };
}
