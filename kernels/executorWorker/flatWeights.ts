/**
 * Moves a replica's weights between its TensorFlow.js variables and the job's flat shared
 * vectors (layout: lib/cluster/sharedLayout.ts). Runs on the executor, once or twice a step.
 */
import * as tf from '@tensorflow/tfjs';
import { flatLayout, type FlatEntry, type FlatLayout } from '../../lib/cluster/sharedLayout';
import { copyTensorInto, overwriteVariable } from './backendMemory';
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
    const { offset, size } = entries[i];
    overwriteVariable(v, flat.subarray(offset, offset + size));
  });
}

/** Sets every weight of the replica (trainable, then non-trainable) from a flat vector. */
export function loadFlatWeights(replica: ModelReplica, flat: Float32Array, layout: FlatLayout) {
  assignAll(replica.trainableVariables, layout.trainable, flat);
  assignAll(replica.nonTrainableVariables, layout.nonTrainable, flat);
}

/** Copies per-weight tensors (gradients, statistics) end to end into `target` at the layout's offsets. */
export function writeFlat(target: Float32Array, entries: FlatEntry[], tensors: tf.Tensor[]) {
  entries.forEach((e, i) => {
    if (tensors[i].size !== e.size) throw new Error(`Weight ${i} has ${tensors[i].size} values where the job's layout has ${e.size}.`);
    copyTensorInto(tensors[i], target, e.offset);
  });
}
