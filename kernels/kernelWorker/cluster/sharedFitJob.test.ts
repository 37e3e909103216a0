import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFitOptions } from '../../../lib/cluster/fitOptions';
import { clearInterrupt, InterruptError, requestInterrupt } from '../runtime/interrupt';
import type { StepPhase } from '../../executorWorker/sharedTrainer';
import { runFitJob } from './fitJob';
import { buildModel, closeClusters, cluster, dataset, expectClose, train } from '../../../testing/fitJobFixtures';
import type { TestCluster } from '../../../testing/testCluster';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  closeClusters();
  clearInterrupt();
});

const options = { epochs: 2, batchSize: 32, seed: 3, verbose: 0, exchange: 'shared-memory' };
const trainShared = (size: number, setup?: (c: TestCluster) => void, extra: Record<string, unknown> = {}) =>
  train(size, { ...options, ...extra }, setup);

/** Kills executor `victim` the first time it reaches `phase` at job step `atStep`. */
const killAt = (victim: string, phase: StepPhase, atStep: number) => (c: TestCluster) => {
  c.beforePhase = (id, p, step) => {
    if (id === victim && p === phase && step === atStep) c.kill(id);
  };
};

describe('shared-memory spark.fit when executors die mid-step', () => {
  it.each<[StepPhase, string]>([
    ['compute', 'after its forward and backward pass'],
    ['all-reduce', 'during the all-reduce'],
    ['update', 'with its slice of the update half written'],
  ])('ends with the same weights when an executor is killed %s (%s)', async (phase) => {
    const reference = await trainShared(2);
    const faulty = await trainShared(3, killAt('2', phase, 4));
    expectClose(faulty.weights, reference.weights);
    const lost = faulty.history.tasks.filter((t) => t.outcome === 'lost');
    expect(lost.map((t) => [t.stage, t.executor])).toEqual([[4, '2']]);
    // The step was redone by the survivors: its successful tasks are attempt 2, every step succeeded once per member.
    const redone = faulty.history.tasks.filter((t) => t.stage === 4 && t.outcome === 'succeeded');
    expect(redone.map((t) => [t.executor, t.attempt]).sort()).toEqual([
      ['1', 2],
      ['3', 2],
    ]);
  });

  it('takes an executor that joins mid-epoch from the next step on, with unchanged results', async () => {
    const reference = await trainShared(1);
    let joined = false;
    const elastic = await trainShared(1, (c) => {
      c.beforePhase = (_id, phase, step) => {
        if (!joined && phase === 'commit' && step === 2) {
          joined = true;
          c.add();
        }
      };
    });
    expectClose(elastic.weights, reference.weights);
    const byStep = (step: number) => elastic.history.tasks.filter((t) => t.stage === step).map((t) => t.executor);
    expect(byStep(2)).toEqual(['1']);
    expect(byStep(3).sort()).toEqual(['1', '2']);
  });

  it.each<[string, (c: TestCluster, id: string) => void]>([
    [
      'while it loads the model',
      (c, id) => {
        c.beforeTask = (who, task) => {
          if (who === id && task.type === 'load-model') c.kill(who);
        };
      },
    ],
    [
      'as its first run starts',
      (c, id) => {
        c.beforeTask = (who, task) => {
          if (who === id && task.type === 'train-steps') c.kill(who);
        };
      },
    ],
    [
      'in the middle of a step',
      (c, id) => {
        c.beforePhase = (who, phase, step) => {
          if (who === id && phase === 'all-reduce' && step === 6) c.kill(who);
        };
      },
    ],
  ])('finishes with unchanged results when a worker that joined is removed %s', async (_when, removeJoiner) => {
    const reference = await trainShared(1);
    const elastic = await trainShared(1, (c) => {
      let joined = false;
      const hook = c.beforePhase;
      c.beforePhase = (id, phase, step) => {
        hook?.(id, phase, step);
        if (!joined && phase === 'commit' && step === 2) {
          joined = true;
          removeJoiner(c, c.add());
        }
      };
    });
    expectClose(elastic.weights, reference.weights);
  });

  it('retries a step whose task throws, and fails clearly after four tries', async () => {
    let failures = 0;
    const retried = await trainShared(2, (c) => {
      c.beforePhase = (id, phase, step) => {
        if (id === '1' && phase === 'compute' && step === 1 && failures < 2) {
          failures++;
          throw new Error('simulated out of memory');
        }
      };
    });
    expect(failures).toBe(2);
    expectClose(retried.weights, (await trainShared(2)).weights);
    expect(retried.history.tasks.filter((t) => t.outcome === 'failed').map((t) => t.error)).toEqual([
      'simulated out of memory',
      'simulated out of memory',
    ]);

    await expect(
      trainShared(2, (c) => {
        c.beforePhase = (_id, phase) => {
          if (phase === 'all-reduce') throw new Error('always broken');
        };
      }),
    ).rejects.toThrow(/failed 4 times.*always broken/);
  });

  it('fails clearly when every executor is gone', async () => {
    await expect(trainShared(1, killAt('1', 'compute', 1))).rejects.toThrow(/No executors are left/);
  });
});

describe('shared-memory spark.fit with more executors than CPU cores', () => {
  const cores = (n: number | undefined) =>
    Object.defineProperty(globalThis, 'navigator', {
      value: n === undefined ? undefined : { hardwareConcurrency: n },
      configurable: true,
      writable: true,
    });
  afterEach(() => cores(undefined));

  it('trains on one executor per core; a standby takes over from a lost one, with unchanged results', async () => {
    const reference = await trainShared(2);
    cores(2);
    const logs: string[] = [];
    const c = cluster(3);
    killAt('1', 'all-reduce', 5)(c);
    const model = buildModel(tf.train.adam(0.01));
    const history = await runFitJob(model, dataset(), parseFitOptions({ ...options, verbose: 1 }), {
      pool: c.pool,
      jobId: 'standby',
      log: (l) => logs.push(l),
      progress: () => undefined,
    });
    const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
    model.dispose();
    expectClose(weights, reference.weights);
    expect(logs[0]).toMatch(/^Training on 2 of 3 executors: this machine has 2 CPU cores/);
    const executorsOf = (step: number) =>
      history.tasks
        .filter((t) => t.stage === step && t.outcome === 'succeeded')
        .map((t) => t.executor)
        .sort();
    // Executor 1's reports since its last batch went with it; the standby did step 5 again.
    expect(executorsOf(4)).toContain('2');
    expect(executorsOf(4)).not.toContain('3');
    expect(executorsOf(5)).toEqual(['2', '3']);
  });
});

describe('shared-memory spark.fit and the notebook model', () => {
  it("leaves the optimizer's state in the model, so model.fit carries on exactly", async () => {
    const data = dataset();
    const x = tf.tensor(data.xs[0].values, data.xs[0].shape);
    const y = tf.tensor(data.ys[0].values, data.ys[0].shape);
    const local = buildModel(tf.train.adam(0.01));
    await local.fit(x, y, { epochs: 2, batchSize: 40, shuffle: false, verbose: 0 });

    const c = cluster(2);
    const model = buildModel(tf.train.adam(0.01));
    await runFitJob(model, data, parseFitOptions({ epochs: 1, batchSize: 40, shuffle: false, verbose: 0, exchange: 'shared-memory' }), {
      pool: c.pool,
      jobId: 'carry-on',
      log: () => undefined,
      progress: () => undefined,
    });
    await model.fit(x, y, { epochs: 1, batchSize: 40, shuffle: false, verbose: 0 });
    expectClose(
      model.getWeights().map((w) => Array.from(w.dataSync())),
      local.getWeights().map((w) => Array.from(w.dataSync())),
    );
    tf.dispose([x, y]);
    model.dispose();
    local.dispose();
  });

  it('stops at a step boundary on Interrupt and leaves the committed weights in the model', async () => {
    const c = cluster(2);
    c.beforePhase = (_id, phase, step) => {
      if (phase === 'commit' && step === 2) requestInterrupt();
    };
    const data = dataset();
    const model = buildModel(tf.train.sgd(0.1));
    const job = runFitJob(
      model,
      data,
      parseFitOptions({ epochs: 5, batchSize: 20, shuffle: false, verbose: 0, exchange: 'shared-memory' }),
      {
        pool: c.pool,
        jobId: 'interrupted',
        log: () => undefined,
        progress: () => undefined,
      },
    );
    await expect(job).rejects.toBeInstanceOf(InterruptError);
    const [iterations] = await model.optimizer.getWeights();
    const steps = (await iterations.tensor.data())[0];
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThan(50);

    const reference = buildModel(tf.train.sgd(0.1));
    const x = tf.tensor(data.xs[0].values, data.xs[0].shape).slice(0, steps * 20);
    const y = tf.tensor(data.ys[0].values, data.ys[0].shape).slice(0, steps * 20);
    await reference.fit(x, y, { epochs: 1, batchSize: 20, shuffle: false, verbose: 0 });
    expectClose(
      model.getWeights().map((w) => Array.from(w.dataSync())),
      reference.getWeights().map((w) => Array.from(w.dataSync())),
    );
    tf.dispose([x, y]);
    model.dispose();
    reference.dispose();
  });

  it('reports where each step went: compute, exchange and wait per executor, and per-step means', async () => {
    const { history } = await trainShared(2);
    const task = history.tasks.find((t) => t.outcome === 'succeeded')!;
    expect(task.phases).toEqual({ computeMs: expect.any(Number), exchangeMs: expect.any(Number), waitMs: expect.any(Number) });
    expect(history.timing?.steps).toBe(14);
    expect(history.params.exchange).toBe('shared-memory');
  });
});

describe('shared-memory spark.fit in averaging mode', () => {
  it('gives the weights the message path gives', async () => {
    const averaging = { mode: 'averaging', averagingFrequency: 3, epochs: 3 };
    const shared = await trainShared(2, undefined, averaging);
    const messages = await train(2, { ...options, ...averaging, exchange: 'messages' });
    expectClose(shared.weights, messages.weights);
    expect(shared.history.history.loss[2]).toBeLessThan(shared.history.history.loss[0]);
  });

  it('redoes a round from the committed copy when an executor dies in its all-reduce', async () => {
    // Averaging depends on the number of executors, so compare with a death before the round wrote anything shared.
    const averaging = { mode: 'averaging', averagingFrequency: 2 };
    const early = await trainShared(3, killAt('3', 'compute', 2), averaging);
    const late = await trainShared(3, killAt('3', 'all-reduce', 2), averaging);
    expectClose(late.weights, early.weights);
    expect(late.history.tasks.filter((t) => t.outcome === 'lost')).toHaveLength(1);
  });
});
