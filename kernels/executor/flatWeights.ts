/**
 * Moves a replica's weights between its TensorFlow.js variables and the job's flat shared
 * vectors (layout: lib/cluster/sharedLayout.ts). Runs on the executor, once or twice a step.
 */
import * as tf from '@tensorflow/tfjs';
import { flatLayout, type FlatEntry, type FlatLayout } from '../../lib/cluster/sharedLayout';
import type { ModelReplica } from './modelReplica';

/** The replica's layout; it must equal the driver's, or the replica was built from another model. */
export function replicaLayout(replica: ModelReplica, stateCount: number): FlatLayout {
  return flatLayout(
    replica.trainableVariables.map((v) => [...v.shape]),
    replica.nonTrainableVariables.map((v) => [...v.shape]),
    stateCount,
  );
}

function assignAll(variables: tf.Variable[], entries: FlatEntry[], flat: Float32Array) {
  variables.forEach((v, i) => {
    const { offset, size, shape } = entries[i];
    // slice() copies out of the shared buffer: a backend may keep the array it is given, and the
    // shared copy changes under it two steps later.
    const value = tf.tensor(flat.slice(offset, offset + size), shape, 'float32');
    v.assign(value);
    value.dispose();
  });
}

/** Sets every weight of the replica (trainable, then non-trainable) from a flat vector. */
export function loadFlatWeights(replica: ModelReplica, flat: Float32Array, layout: FlatLayout) {
  assignAll(replica.trainableVariables, layout.trainable, flat);
  assignAll(replica.nonTrainableVariables, layout.nonTrainable, flat);
}

/** Copies per-weight arrays end to end into `target` at the layout's offsets. */
export function writeFlat(target: Float32Array, entries: FlatEntry[], arrays: Float32Array[]) {
  entries.forEach((e, i) => {
    if (arrays[i].length !== e.size) throw new Error(`Weight ${i} has ${arrays[i].length} values where the job's layout has ${e.size}.`);
    target.set(arrays[i], e.offset);
  });
}
