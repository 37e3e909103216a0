import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { parseFitOptions } from '../../../lib/cluster/fitOptions';
import { runFitJob, type FitData } from './fitJob';
import { closeClusters, cluster, expectClose } from '../../../testing/fitJobFixtures';
import { toHost } from '../../sharedByWorkers/trainingData';
import { configureWasmForNode } from '../../../testing/wasmKernels';
import { registerWasmTrainingKernels } from '../../wasm-training/register';

beforeAll(() => {
  configureWasmForNode();
  registerWasmTrainingKernels();
});
afterEach(closeClusters);
afterAll(async () => {
  await tf.setBackend('cpu');
});

function buildCnn() {
  const cnn = tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [8, 8, 1],
        filters: 4,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: tf.initializers.heNormal({ seed: 11 }),
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 13 }) }),
    ],
  });
  cnn.compile({ optimizer: tf.train.adam(0.002), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return cnn;
}

// On WASM the first convolution (one input channel) runs on XNNPACK, which keeps each filter
// packed per tensor: weights written into a variable's memory in place would go unseen.
describe.each(['cpu', 'wasm'])('spark.fit on a convolutional network (%s)', (backend) => {
  beforeAll(async () => {
    await tf.setBackend(backend);
  });

  it("gives model.fit's weights over shared memory and over messages (Adam, 2 executors)", async () => {
    const x = tf.randomUniform([96, 8, 8, 1], 0, 1, 'float32', 3);
    const y = tf.oneHot(tf.randomUniform([96], 0, 3, 'int32', 4), 3);
    const local = buildCnn();
    await local.fit(x, y, { epochs: 2, batchSize: 32, shuffle: false, verbose: 0 });
    const expected = local.getWeights().map((w) => Array.from(w.dataSync()));
    for (const exchange of ['shared-memory', 'messages']) {
      const data: FitData = { xs: [toHost(x)], ys: [toHost(y)], trainCount: 96, validation: null };
      const model = buildCnn();
      await runFitJob(model, data, parseFitOptions({ epochs: 2, batchSize: 32, shuffle: false, verbose: 0, exchange }), {
        pool: cluster(2).pool,
        jobId: exchange,
        log: () => undefined,
        progress: () => undefined,
      });
      expectClose(
        model.getWeights().map((w) => Array.from(w.dataSync())),
        expected,
      );
      model.dispose();
    }
    tf.dispose([x, y]);
    local.dispose();
  });
});
