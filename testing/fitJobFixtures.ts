/**
 * What the spark.fit tests share: an in-process cluster per test, a small seeded model and
 * dataset, a training run that returns the final weights, and a relative-tolerance comparison.
 */
import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';
import { parseFitOptions } from '../lib/cluster/fitOptions';
import { runFitJob, type FitData } from '../kernels/kernelWorker/cluster/fitJob';
import { createTestCluster, type TestCluster } from './testCluster';
import { toHost } from '../kernels/sharedByWorkers/trainingData';

let clusters: TestCluster[] = [];
/** Closes every cluster the test made (call in afterEach). */
export function closeClusters() {
  for (const c of clusters) c.close();
  clusters = [];
}

export function cluster(size: number) {
  const c = createTestCluster(size);
  clusters.push(c);
  return c;
}

/** The same model with the same initial weights every time (seeded initialisers). */
export function buildModel(optimizer: tf.Optimizer) {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [6], units: 12, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

export function dataset(n = 200) {
  const x = tf.randomNormal([n, 6], 0, 1, 'float32', 7);
  const w = tf.randomNormal([6, 3], 0, 1, 'float32', 8);
  const y = tf.oneHot(tf.argMax(x.matMul(w), 1), 3);
  const data: FitData = { xs: [toHost(x)], ys: [toHost(y)], trainCount: n, validation: null };
  tf.dispose([x, w, y]);
  return data;
}

export async function train(
  size: number,
  options: Record<string, unknown>,
  setup?: (c: TestCluster) => void,
  optimizer: () => tf.Optimizer = () => tf.train.adam(0.01),
) {
  const c = cluster(size);
  setup?.(c);
  const model = buildModel(optimizer());
  const history = await runFitJob(model, dataset(), parseFitOptions(options), {
    pool: c.pool,
    jobId: `test-${Math.random()}`,
    log: () => undefined,
    progress: () => undefined,
  });
  const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
  model.dispose();
  return { weights, history, cluster: c };
}

export function expectClose(a: number[][], b: number[][]) {
  expect(a.length).toBe(b.length);
  a.forEach((tensor, i) =>
    tensor.forEach((v, j) => {
      const rel = Math.abs(v - b[i][j]) / Math.max(1e-3, Math.abs(b[i][j]));
      if (rel > 1e-4) throw new Error(`weight ${i}[${j}]: ${v} vs ${b[i][j]} (relative ${rel})`);
    }),
  );
}
