import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CellId } from '../../../../lib/notebook/ids';
import { createMemoryModelStore } from '../../../../lib/persistence/modelStoreMemory';
import type { ModelStore } from '../../../../lib/persistence/modelStore';
import { createTestCluster, type TestCluster } from '../../../../testing/testCluster';
import { recordingJobEvents } from '../../../../testing/jobEvents';
import { runSweep, type SweepEnvironment } from './sweepJob';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let clusters: TestCluster[] = [];
afterEach(() => {
  for (const c of clusters) c.close();
  clusters = [];
});

function environment(size: number, store: ModelStore = createMemoryModelStore()) {
  const cluster = createTestCluster(size);
  clusters.push(cluster);
  const { events, records } = recordingJobEvents();
  const logs: string[] = [];
  let jobs = 0;
  const env: SweepEnvironment = {
    pool: cluster.pool,
    cellId: 'cell-1' as CellId,
    log: (line) => logs.push(line),
    jobs: events,
    display: () => null,
    models: () => store,
    notebook: () => ({ id: 'nb-1', title: 'Sweeps' }),
    newJobId: () => `job-${++jobs}`,
  };
  return { env, cluster, records, logs, store };
}

function data(n = 160) {
  const x = tf.randomNormal([n, 6], 0, 1, 'float32', 7);
  const w = tf.randomNormal([6, 3], 0, 1, 'float32', 8);
  const y = tf.oneHot(tf.argMax(x.matMul(w), 1), 3).toFloat();
  const vx = tf.randomNormal([60, 6], 0, 1, 'float32', 9);
  const vy = tf.oneHot(tf.argMax(vx.matMul(w), 1), 3).toFloat();
  return { x, y, validationData: [vx, vy] };
}

const build = ({ learningRate, seed }: Record<string, unknown>) => {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [6],
        units: 10,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: Number(seed) }),
      }),
      tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: Number(seed) + 1 }) }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(Number(learningRate)), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
};

const options = (grid: Record<string, unknown[]>, patch: Record<string, unknown> = {}) => ({
  name: 'lr',
  grid,
  build,
  data: data(),
  fit: { epochs: 3, batchSize: 32 },
  ...patch,
});

describe('spark.sweep on an in-process cluster', () => {
  it('trains every configuration once on two executors, then a larger grid trains only the new ones', async () => {
    const { env, cluster, records, store } = environment(2);
    const first = await runSweep(env, options({ learningRate: [0.05, 0.5], seed: [1, 2] }));
    expect(first.rows.map((r) => [r.values.learningRate, r.values.seed, r.status])).toEqual([
      [0.05, 1, 'trained'],
      [0.05, 2, 'trained'],
      [0.5, 1, 'trained'],
      [0.5, 2, 'trained'],
    ]);
    expect(first.summary).toMatchObject({ trained: 4, reused: 0, pending: 0 });
    for (const row of first.rows) {
      expect(row.accuracy).toBeGreaterThan(0);
      expect(row.f1).toBeGreaterThan(0);
      expect(records.get(row.jobId!)).toMatchObject({ kind: 'fit', status: 'succeeded', sweepJobId: first.summary.jobId });
      expect(records.get(row.jobId!)!.epochMetrics).toHaveLength(3);
    }
    expect([...cluster.tasksSeen.values()].every((n) => n > 0)).toBe(true);
    expect(records.get(first.summary.jobId)).toMatchObject({ kind: 'sweep', status: 'succeeded' });
    expect((await store.list()).map((m) => m.name).sort()).toEqual(first.rows.map((r) => `lr/${r.key}`).sort());
    // A higher learning rate reaches a lower loss in 3 epochs on this easy problem.
    expect(first.rows[2].loss!).toBeLessThan(first.rows[0].loss!);

    const second = await runSweep(env, options({ learningRate: [0.05, 0.5], seed: [1, 2, 3] }));
    expect(second.summary).toMatchObject({ trained: 2, reused: 4 });
    expect(second.rows.filter((r) => !r.reused).map((r) => r.values.seed)).toEqual([3, 3]);
    // Reused rows are the stored results, exactly.
    for (const r of first.rows) {
      const again = second.rows.find((s) => s.key === r.key)!;
      expect({ ...again, reused: false, modelId: undefined }).toEqual({ ...r, modelId: undefined });
    }
    const forced = await runSweep(env, options({ learningRate: [0.05], seed: [1] }, { force: true }));
    expect(forced.summary).toMatchObject({ trained: 1, reused: 0 });
    expect(forced.rows[0].accuracy).toBe(first.rows[0].accuracy);
  });

  it('marks a diverging configuration and carries on with the others', async () => {
    const { env } = environment(2);
    const result = await runSweep(env, options({ learningRate: [0.1, 1e30], seed: [1] }));
    expect(result.rows.map((r) => r.status)).toEqual(['trained', 'diverged']);
    expect(result.rows[1].error).toMatch(/loss became NaN or infinite/);
    expect(result.best()?.values.learningRate).toBe(0.1);
    const again = await runSweep(env, options({ learningRate: [0.1, 1e30], seed: [1] }));
    expect(again.rows.map((r) => [r.status, r.reused])).toEqual([
      ['trained', true],
      ['diverged', true],
    ]);
  });

  it('gives the same results when an executor is killed mid-sweep', async () => {
    const calm = environment(2);
    const undisturbed = await runSweep(calm.env, options({ learningRate: [0.05, 0.2], seed: [1, 2] }));
    const { env, cluster, records } = environment(3);
    let killed = false;
    cluster.beforeTask = (id, task) => {
      if (task.type === 'train-config' && !killed) {
        killed = true;
        cluster.kill(id);
      }
    };
    const disturbed = await runSweep(env, options({ learningRate: [0.05, 0.2], seed: [1, 2] }));
    expect(killed).toBe(true);
    // The retried configuration's job keeps both attempts and one attempt's epochs.
    const retried = [...records.values()].filter((r) => r.lostExecutors.length > 0);
    expect(retried).toHaveLength(1);
    expect(retried[0].tasks.map((t) => t.outcome)).toEqual(['lost', 'succeeded']);
    expect(retried[0].epochMetrics).toHaveLength(3);
    expect(disturbed.rows.map((r) => [r.key, r.accuracy, r.loss, r.status])).toEqual(
      undisturbed.rows.map((r) => [r.key, r.accuracy, r.loss, r.status]),
    );
  });

  it("leaves no tensors behind: the built models, the executors' models and their batches are all disposed", async () => {
    const { env } = environment(2);
    const opts = options({ learningRate: [0.05, 0.1], seed: [1] });
    await runSweep(env, opts);
    const before = tf.memory().numTensors;
    await runSweep(env, { ...opts, force: true });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a build that returns no model, naming the configuration', async () => {
    const { env } = environment(1);
    await expect(runSweep(env, { ...options({ learningRate: [0.1] }), build: () => undefined })).rejects.toThrow(
      'spark.sweep: build(learningRate=0.1) must return a compiled tf.LayersModel (got undefined)',
    );
  });
});
