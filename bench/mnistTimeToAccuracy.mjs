// Time to accuracy on the MNIST example's CNN: the example's own data, network, optimizer and
// schedule (scripts/examples/mnist.cells.txt: global batch 64, 4 epochs, Adam 0.002, seed 7),
// trained with spark.fit on 1 and then 2 executors in one notebook cell, each followed by
// spark.evaluate on the 2,000 test digits. Sync mode gives the same weights either way, so the
// accuracy is the same and the wall time is what differs. Writes bench/results/mnist.json
// (BENCH_OUT overrides) and prints a Markdown table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDir, runBenchmarkCell } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const executors = (process.env.BENCH_EXECUTORS ?? '1,2').split(',').map(Number);

const CELL = `
const manifest = await datasets.json('/datasets/mnist/manifest.json');
const imageBytes = await datasets.bytes('/datasets/mnist/images.u8');
const labelBytes = await datasets.bytes('/datasets/mnist/labels.u8');
const pixels = manifest.rows * manifest.cols;
function digits(split) {
  const x = tf.tensor4d(Float32Array.from(imageBytes.subarray(split.start * pixels, (split.start + split.count) * pixels), (v) => v / 255), [split.count, manifest.rows, manifest.cols, 1]);
  const y = tf.oneHot(tf.tensor1d(Array.from(labelBytes.subarray(split.start, split.start + split.count)), 'int32'), 10);
  return { x, y };
}
const train = digits(manifest.train), test = digits(manifest.test);
function buildCnn() {
  const cnn = tf.sequential({ layers: [
    tf.layers.conv2d({ inputShape: [manifest.rows, manifest.cols, 1], filters: 16, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: 11 }) }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: 12 }) }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 13 }) }),
  ]});
  cnn.compile({ optimizer: tf.train.adam(0.002), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return cnn;
}
const results = {};
for (const k of ${JSON.stringify(executors)}) {
  await spark.resize(k);
  // Warm-up: builds the replicas and compiles the kernels, as a notebook's first run would.
  const warm = buildCnn();
  await spark.fit(warm, train.x.slice(0, 256), train.y.slice(0, 256), { epochs: 1, batchSize: 64, verbose: 0 });
  warm.dispose();
  const cnn = buildCnn();
  const t0 = performance.now();
  const history = await spark.fit(cnn, train.x, train.y, { epochs: 4, batchSize: 64, seed: 7, verbose: 0 });
  const seconds = (performance.now() - t0) / 1000;
  const evaluation = await spark.evaluate(cnn, test.x, test.y);
  results[k] = { seconds, accuracy: evaluation.accuracy, timing: history.timing };
  cnn.dispose();
}
await spark.resize(2);
JSON.stringify({ backend: tf.getBackend(), results })`;

const { json, machine } = await runBenchmarkCell(root, 3300, CELL);
const base = json.results[executors[0]].seconds;
const table = [
  '| MNIST example CNN, 4 epochs, global batch 64 | training time | vs 1 executor | test accuracy (target ≥ 0.96) |',
  '|---|---:|---:|---:|',
  ...Object.entries(json.results).map(
    ([k, r]) =>
      `| spark.fit, ${k} executor${k === '1' ? '' : 's'} (${json.backend}) | ${r.seconds.toFixed(1)} s | ${(base / r.seconds).toFixed(2)}x faster | ${r.accuracy.toFixed(3)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
mkdirSync(resultsDir(root), { recursive: true });
const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'mnist.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, ...json, table }, null, 2) + '\n');
