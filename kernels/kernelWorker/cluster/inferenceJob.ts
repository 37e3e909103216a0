/**
 * spark.predict and spark.evaluate: inference sharded into chunks of rows, one task per chunk,
 * spread over the executors (DL4J's distributed evaluation). Predictions come back in row
 * order whatever executor computed them, so the metrics equal a local model.predict's.
 */
import * as tf from '@tensorflow/tfjs';
import { makeBatches, type Shard } from '../../../lib/cluster/shardBatch';
import { TaskSet } from '../../../lib/cluster/taskScheduler';
import type { ExecutorId, ExecutorReply } from '../../wire/kernelExecutorProtocol';
import { transferables } from '../../wire/tensorPayload';
import type { ExecutorPool } from './executorPool';
import { taskEvents } from './taskEvents';
import type { TaskEvent } from '../../../lib/jobs/jobRecord';
import { modelSpec, replicaKey, weightPayloads } from './modelSpec';
import { runTaskSet } from './runTaskSet';
import { gatherRows, type HostArray } from '../../sharedByWorkers/trainingData';

export interface InferenceContext {
  pool: ExecutorPool;
  progress(done: number, total: number): void;
}

/** Predictions for every row of xs, one tensor per model output, plus the task timeline. */
export async function runPredictJob(
  model: tf.LayersModel,
  xs: HostArray[],
  count: number,
  batchSize: number,
  ctx: InferenceContext,
  api: string,
): Promise<{ outputs: tf.Tensor[]; tasks: TaskEvent[] }> {
  const { pool } = ctx;
  const spec = modelSpec(model, api);
  const modelKey = replicaKey(spec);
  const weights = weightPayloads(model);
  const identity = Uint32Array.from({ length: count }, (_, i) => i);
  const chunks = makeBatches(count, batchSize);
  const tasks = new TaskSet<Shard & { samples: number }>(chunks.map((c, i) => ({ taskId: `0.${i}`, payload: { ...c, samples: c.count } })));
  const outputShapes = model.outputs.map((o) => o.shape.slice(1).map((d) => d ?? 1));
  const outputSizes = outputShapes.map((s) => s.reduce((a, b) => a * b, 1));
  const outputs = outputSizes.map((size) => new Float32Array(count * size));
  let done = 0;
  await runTaskSet(pool, tasks, {
    execute: async (executor: ExecutorId, chunk) => {
      await pool.ensureModel(executor, modelKey, () => ({ type: 'load-model', modelKey, spec }));
      const x = xs.map((a) => gatherRows(a, identity, chunk.start, chunk.count));
      const reply = await pool.request(executor, { type: 'predict', modelKey, weights, x }, transferables(x));
      if (reply.type === 'predict-result') pool.recordTask(executor, chunk.count, reply.millis);
      return { reply, chunk };
    },
    onResult: (_taskId, _executor, { reply, chunk }: { reply: ExecutorReply; chunk: Shard }) => {
      if (reply.type !== 'predict-result') return;
      reply.outputs.forEach((o, i) => outputs[i].set(o.data as Float32Array, chunk.start * outputSizes[i]));
      done += chunk.count;
      ctx.progress(done, count);
    },
  });
  return {
    outputs: outputs.map((values, i) => tf.tensor(values, [count, ...outputShapes[i]])),
    tasks: taskEvents(0, tasks.records()),
  };
}
