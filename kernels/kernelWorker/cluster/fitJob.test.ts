import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFitOptions } from '../../../lib/cluster/fitOptions';
import { runFitJob } from './fitJob';
import { buildModel, closeClusters, cluster, dataset, expectClose, train } from '../../../testing/fitJobFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(closeClusters);

describe.each(['shared-memory', 'messages'])('spark.fit in sync mode, exchange %s', (exchange) => {
  it('gives the same weights with 1, 2 and 3 executors (2 epochs)', async () => {
    const options = { epochs: 2, batchSize: 32, seed: 3, verbose: 0, exchange };
    const one = await train(1, options);
    const two = await train(2, options);
    const three = await train(3, options);
    expectClose(two.weights, one.weights);
    expectClose(three.weights, one.weights);
    expect(one.history.history.loss).toHaveLength(2);
  });

  it.each([
    ['SGD', () => tf.train.sgd(0.1)],
    ['momentum', () => tf.train.momentum(0.05, 0.9)],
    ['Adam', () => tf.train.adam(0.01)],
  ])('matches model.fit on the same batches when nothing is shuffled (%s, 1-3 executors)', async (_name, optimizer) => {
    const model = buildModel(optimizer());
    const data = dataset();
    const x = tf.tensor(data.xs[0].values, data.xs[0].shape);
    const y = tf.tensor(data.ys[0].values, data.ys[0].shape);
    await model.fit(x, y, { epochs: 2, batchSize: 40, shuffle: false, verbose: 0 });
    const expected = model.getWeights().map((w) => Array.from(w.dataSync()));
    tf.dispose([x, y]);
    model.dispose();
    for (const executors of [1, 2, 3]) {
      const { weights } = await train(executors, { epochs: 2, batchSize: 40, shuffle: false, verbose: 0, exchange }, undefined, optimizer);
      expectClose(weights, expected);
    }
  });
});

describe('spark.fit over messages: faults', () => {
  it('recovers from an executor killed mid-job with the same weights, every task done once', async () => {
    const options = { epochs: 2, batchSize: 32, seed: 3, verbose: 0, exchange: 'messages' };
    const reference = await train(2, options);
    let killed = false;
    const faulty = await train(3, options, (c) => {
      c.beforeTask = (id) => {
        if (!killed && id === '2' && (c.tasksSeen.get(id) ?? 0) >= 3) {
          killed = true;
          c.kill(id);
        }
      };
    });
    expect(killed).toBe(true);
    expectClose(faulty.weights, reference.weights);
    const retried = faulty.history.tasks.filter((t) => t.outcome === 'lost');
    expect(retried.length).toBeGreaterThan(0);
    // Every (stage, task) succeeded exactly once.
    const succeeded = faulty.history.tasks.filter((t) => t.outcome === 'succeeded').map((t) => `${t.stage}/${t.taskId}`);
    expect(new Set(succeeded).size).toBe(succeeded.length);
  });

  it('retries a task that throws on another executor', async () => {
    let failures = 0;
    const { weights } = await train(2, { epochs: 1, batchSize: 50, verbose: 0, exchange: 'messages', seed: 3 }, (c) => {
      c.beforeTask = (id, task) => {
        if (id === '1' && task.type === 'gradients' && failures < 2) {
          failures++;
          throw new Error('simulated out of memory');
        }
      };
    });
    const reference = await train(1, { epochs: 1, batchSize: 50, verbose: 0, exchange: 'messages', seed: 3 });
    expect(failures).toBe(2);
    expectClose(weights, reference.weights);
  });

  it('fails clearly when a task fails on every attempt', async () => {
    await expect(
      train(2, { epochs: 1, batchSize: 50, verbose: 0, exchange: 'messages' }, (c) => {
        c.beforeTask = (_id, task) => {
          if (task.type === 'gradients') throw new Error('always broken');
        };
      }),
    ).rejects.toThrow(/failed 4 times.*always broken/);
  });

  it('fails clearly when every executor is gone', async () => {
    await expect(
      train(1, { epochs: 2, batchSize: 50, verbose: 0, exchange: 'messages' }, (c) => {
        c.beforeTask = (id) => c.kill(id);
      }),
    ).rejects.toThrow(/No executors are left/);
  });

  it('uses an executor that joins mid-job from the next step on, with unchanged results', async () => {
    const options = { epochs: 2, batchSize: 32, seed: 3, verbose: 0, exchange: 'messages' };
    const reference = await train(1, options);
    let joined = false;
    const elastic = await train(1, options, (c) => {
      c.beforeTask = () => {
        if (!joined && (c.tasksSeen.get('1' as never) ?? 0) >= 2) {
          joined = true;
          c.add();
        }
      };
    });
    expectClose(elastic.weights, reference.weights);
    expect(elastic.cluster.tasksSeen.get('2' as never) ?? 0).toBeGreaterThan(0);
  });
});

describe('spark.fit with BatchNormalization', () => {
  /** BatchNormalization first, so the first step's batch statistics are those of the raw data. */
  function buildBatchNormModel() {
    const model = tf.sequential({
      layers: [
        tf.layers.batchNormalization({ inputShape: [6], momentum: 0.9 }),
        tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    return model;
  }
  const movingStats = (model: tf.LayersModel) => model.nonTrainableWeights.map((w) => Array.from(w.read().dataSync()));

  async function sparkFitBatchNorm(executors: number, options: Record<string, unknown>) {
    for (const exchange of ['messages', 'shared-memory']) {
      const stats = await sparkFitBatchNormWith(executors, { ...options, exchange });
      if (exchange === 'shared-memory') return stats;
    }
    throw new Error('unreachable');
  }

  async function sparkFitBatchNormWith(executors: number, options: Record<string, unknown>) {
    const c = cluster(executors);
    const model = buildBatchNormModel();
    await runFitJob(model, dataset(), parseFitOptions(options), {
      pool: c.pool,
      jobId: `bn-${Math.random()}`,
      log: () => undefined,
      progress: () => undefined,
    });
    const stats = movingStats(model);
    model.dispose();
    return stats;
  }

  async function modelFitBatchNorm(options: tf.ModelFitArgs) {
    const model = buildBatchNormModel();
    const data = dataset();
    const x = tf.tensor(data.xs[0].values, data.xs[0].shape);
    const y = tf.tensor(data.ys[0].values, data.ys[0].shape);
    await model.fit(x, y, options);
    const stats = movingStats(model);
    tf.dispose([x, y]);
    model.dispose();
    return stats;
  }

  it("moves the driver model's statistics exactly as model.fit does on one executor", async () => {
    const spark = await sparkFitBatchNorm(1, { epochs: 2, batchSize: 50, shuffle: false, verbose: 0 });
    const local = await modelFitBatchNorm({ epochs: 2, batchSize: 50, shuffle: false, verbose: 0 });
    expectClose(spark, local);
    expect(spark[0].some((m) => Math.abs(m) > 1e-3)).toBe(true); // the moving mean left its initial zeros
  });

  it("averages the moving mean over shards into the whole batch's (2 executors, one step)", async () => {
    const [mean, variance] = await sparkFitBatchNorm(2, { epochs: 1, batchSize: 200, shuffle: false, verbose: 0 });
    const [localMean] = await modelFitBatchNorm({ epochs: 1, batchSize: 200, shuffle: false, verbose: 0 });
    expectClose([mean], [localMean]);
    // Each shard is normalised with its own variance; their average moved off the initial ones.
    expect(variance.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
    expect(variance.some((v) => Math.abs(v - 1) > 1e-3)).toBe(true);
  });
});

describe('spark.fit in averaging mode', () => {
  it('lowers the loss and averages parameters every averagingFrequency steps', async () => {
    const { history, cluster: c } = await train(2, {
      epochs: 3,
      batchSize: 32,
      mode: 'averaging',
      averagingFrequency: 3,
      verbose: 0,
      exchange: 'messages',
    });
    const loss = history.history.loss;
    expect(loss[2]).toBeLessThan(loss[0]);
    // 200 samples / 32 = 7 steps per epoch -> ceil(7/3) = 3 rounds per epoch, 2 tasks each.
    expect((c.tasksSeen.get('1' as never) ?? 0) + (c.tasksSeen.get('2' as never) ?? 0)).toBe(3 * 3 * 2);
  });
});
