/**
 * The configurations of a sweep, ready to run: each one's model built by the cell's `build`,
 * what an executor needs to rebuild it, its key, and the stored result it may reuse.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelSpec, TensorPayload } from '../../../wire/kernelExecutorProtocol';
import type { SweepConfiguration } from '../../../../lib/experiments/sweepGrid';
import { sweepKey, type DataFingerprint } from '../../../../lib/experiments/sweepKey';
import type { SweepRow } from '../../../../lib/experiments/sweepSummary';
import type { ModelStore } from '../../../../lib/persistence/modelStore';
import { modelSpec, weightPayloads } from '../modelSpec';
import { checkShapes } from '../../../sharedByWorkers/trainingData';

export interface PreparedConfiguration {
  index: number;
  values: SweepConfiguration;
  model: tf.LayersModel;
  spec: ModelSpec;
  weights: TensorPayload[];
  key: string;
  /** The stored result of an earlier run with the same key (undefined: train it). */
  stored?: SweepRow;
}

/** The repository name of a configuration's model. */
export const sweepModelName = (sweep: string, key: string) => `${sweep}/${key}`;

export const describeValues = (values: SweepConfiguration) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : String(v)}`)
    .join(', ');

async function buildOne(build: (values: SweepConfiguration) => unknown, values: SweepConfiguration): Promise<tf.LayersModel> {
  let model: unknown;
  try {
    model = await build(values);
  } catch (e) {
    throw new Error(`spark.sweep: build(${describeValues(values)}) threw: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
  if (!(model instanceof tf.LayersModel)) {
    throw new Error(
      `spark.sweep: build(${describeValues(values)}) must return a compiled tf.LayersModel (got ${model === null ? 'null' : typeof model}). Did it forget to return the model?`,
    );
  }
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    model.dispose();
    throw new Error(
      'spark.sweep: sweeps train models with one input and one output; this model has ' +
        `${model.inputs.length} input(s) and ${model.outputs.length} output(s).`,
    );
  }
  return model;
}

/**
 * Builds every configuration's model and looks up its key in the repository. All are built
 * before anything trains, so a build that throws or a shape mismatch stops the sweep at once.
 */
export async function prepareConfigurations(options: {
  configurations: SweepConfiguration[];
  build: (values: SweepConfiguration) => unknown;
  x: tf.Tensor;
  y: tf.Tensor;
  fit: Record<string, unknown>;
  fingerprint: DataFingerprint;
  store: ModelStore;
  sweepName: string;
  force: boolean;
}): Promise<PreparedConfiguration[]> {
  const prepared: PreparedConfiguration[] = [];
  try {
    for (const [index, values] of options.configurations.entries()) {
      const model = await buildOne(options.build, values);
      prepared.push({ index, values, model } as PreparedConfiguration);
      checkShapes(model, [options.x], [options.y], `spark.sweep (configuration ${describeValues(values)})`);
      const spec = modelSpec(model, 'spark.sweep');
      const key = await sweepKey({
        values,
        topology: spec.topology,
        compile: { loss: spec.loss, metrics: spec.metrics, optimizer: spec.optimizer },
        fit: options.fit,
        data: options.fingerprint,
      });
      const record = options.force ? undefined : await options.store.resolve(sweepModelName(options.sweepName, key));
      const stored = record?.sweep?.key === key ? { ...record.sweep.row, modelId: record.id, reused: true } : undefined;
      Object.assign(prepared[index], { spec, weights: weightPayloads(model), key, stored });
    }
    return prepared;
  } catch (e) {
    for (const p of prepared) p.model.dispose();
    throw e;
  }
}
