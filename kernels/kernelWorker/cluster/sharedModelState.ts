/**
 * The notebook model's weights and optimizer state in and out of a shared-memory job (kernel
 * thread): written into the committed copy when the job starts, and read back into the model at
 * each epoch's end (for validation) and when the job ends, fails or is interrupted, so the model
 * in the notebook always holds the last committed step and `model.fit` can carry on from it.
 */
import * as tf from '@tensorflow/tfjs';
import type { ElementwiseOptimizer } from '../../../lib/cluster/elementwiseOptimizers';
import {
  Control,
  flatLayout,
  iterationsBefore,
  type FlatEntry,
  type FlatLayout,
  type SharedJobViews,
} from '../../../lib/cluster/sharedLayout';
import { readOptimizerState, writeOptimizerState } from './optimizerState';
import { trainableVariables } from './modelSpec';

interface ModelVariables {
  trainable: tf.Variable[];
  nonTrainable: tf.Variable[];
}

function variablesOf(model: tf.LayersModel): ModelVariables {
  return { trainable: trainableVariables(model), nonTrainable: model.nonTrainableWeights.map((w) => w.read() as tf.Variable) };
}

const described = (variables: tf.Variable[]) => variables.map((v) => ({ name: v.name, shape: [...v.shape], size: v.size }));

/** The job's flat layout for this model and optimizer. */
export function modelLayout(model: tf.LayersModel, optimizer: ElementwiseOptimizer): FlatLayout {
  const { trainable, nonTrainable } = variablesOf(model);
  return flatLayout(
    trainable.map((v) => [...v.shape]),
    nonTrainable.map((v) => [...v.shape]),
    optimizer.stateNames.length,
  );
}

/** Writes the model's weights and its optimizer's state into copy 0, the job's committed start. */
export async function writeModelToShared(
  model: tf.LayersModel,
  optimizer: ElementwiseOptimizer,
  layout: FlatLayout,
  views: SharedJobViews,
) {
  const { trainable, nonTrainable } = variablesOf(model);
  const put = (variables: tf.Variable[], entries: FlatEntry[]) =>
    variables.forEach((v, i) => views.weights[0].set(v.dataSync() as Float32Array, entries[i].offset));
  put(trainable, layout.trainable);
  put(nonTrainable, layout.nonTrainable);
  const state = await readOptimizerState(model.optimizer, optimizer, described(trainable));
  state.arrays.forEach((array, k) => views.state[0][k].set(array));
  Atomics.store(views.control, Control.iterations[0], state.iterations);
}

/** Sets the model's weights to the committed step's. */
export function readWeightsFromShared(model: tf.LayersModel, layout: FlatLayout, views: SharedJobViews) {
  const committed = Atomics.load(views.control, Control.committedSteps) % 2;
  const flat = views.weights[committed];
  const { trainable, nonTrainable } = variablesOf(model);
  const take = (variables: tf.Variable[], entries: FlatEntry[]) =>
    variables.forEach((v, i) => {
      const { offset, size, shape } = entries[i];
      const value = tf.tensor(flat.slice(offset, offset + size), shape, 'float32');
      v.assign(value);
      value.dispose();
    });
  take(trainable, layout.trainable);
  take(nonTrainable, layout.nonTrainable);
}

/** Sets the model's weights and its optimizer's state to the committed step's. */
export async function readModelFromShared(
  model: tf.LayersModel,
  optimizer: ElementwiseOptimizer,
  layout: FlatLayout,
  views: SharedJobViews,
) {
  readWeightsFromShared(model, layout, views);
  const committed = Atomics.load(views.control, Control.committedSteps) % 2;
  await writeOptimizerState(model.optimizer, optimizer, described(variablesOf(model).trainable), {
    iterations: iterationsBefore(views.control, Atomics.load(views.control, Control.committedSteps)),
    arrays: views.state[committed].map((a) => a.slice()),
  });
}
