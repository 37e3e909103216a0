import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutorReply } from '../wire/kernelExecutorProtocol';
import { TaskFailedError, type ProgressReply } from '../kernelWorker/cluster/executorPool';
import { createTestCluster, type TestCluster } from '../../testing/testCluster';
import { classifier, configTask, syntheticData } from '../../testing/configTaskFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let clusters: TestCluster[] = [];
afterEach(() => {
  for (const c of clusters) c.close();
  clusters = [];
});

function cluster(size: number) {
  const c = createTestCluster(size);
  clusters.push(c);
  return c;
}

type Result = Extract<ExecutorReply, { type: 'train-config-result' }>;

describe('a train-config task sent through the executor pool', () => {
  it('reports its epochs to the progress callback in order, then answers with the trained configuration', async () => {
    const { pool } = cluster(1);
    const model = classifier(tf.train.sgd(0.1));
    const progress: ProgressReply[] = [];
    const reply = (await pool.request(pool.ids()[0], configTask(model, syntheticData(), { epochs: 3 }), [], (p) =>
      progress.push(p),
    )) as Result;
    model.dispose();
    expect(reply.type).toBe('train-config-result');
    expect(progress.map((p) => (p.type === 'config-epoch' ? p.epoch : -1))).toEqual([0, 1, 2]);
    expect(progress.map((p) => (p.type === 'config-epoch' ? p.logs.loss : NaN))).toEqual(reply.history.loss);
    expect(reply.diverged).toBe(false);
    expect(reply.evaluation!.predictions).toHaveLength(60 * 3);
    expect(reply.millis).toBeGreaterThan(0);
    expect(pool.info()[0].status).toBe('idle');
  });

  it('gives the same result on any executor, so a rerun elsewhere changes nothing, and leaves the shared data intact', async () => {
    const { pool } = cluster(2);
    const model = classifier(tf.train.sgd(0.1));
    const data = syntheticData();
    const before = new Float32Array(data.x.buffer).slice();
    const task = configTask(model, data);
    const [a, b] = (await Promise.all(pool.ids().map((id) => pool.request(id, task)))) as Result[];
    model.dispose();
    expect(b.weights).toEqual(a.weights);
    expect(b.history).toEqual(a.history);
    expect(b.evaluation).toEqual(a.evaluation);
    // The driver's buffers were shared, not transferred: the next configuration reads them again.
    expect(new Float32Array(data.x.buffer)).toEqual(before);
  });

  it('fails as a task error, with the reason, when the spec cannot be built', async () => {
    const { pool } = cluster(1);
    const model = classifier(tf.train.sgd(0.1));
    const task = configTask(model, syntheticData());
    model.dispose();
    const request = pool.request(pool.ids()[0], {
      ...task,
      spec: { ...task.spec, optimizer: { className: 'NoSuchOptimizer', config: {} } },
    });
    await expect(request).rejects.toBeInstanceOf(TaskFailedError);
    await expect(request).rejects.toThrow('Unknown optimizer class NoSuchOptimizer');
    expect(pool.info()[0].status).toBe('idle');
  });
});
