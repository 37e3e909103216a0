// The cluster benchmark: in one notebook cell, trains the 784-500-100-10 MLP (global batch 256)
// and the issue-6 CNN (global batch 128) in the kernel (model.fit) and with spark.fit on 1, 2 and
// 3 executors, all in one run so the ratios are comparable on a noisy machine. Each row: one
// warm-up job, then the median of BENCH_REPEATS jobs. Prints a Markdown table per model and
// writes bench/results/cluster.json (BENCH_OUT overrides).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_MODELS_SOURCE } from './benchModels.mjs';
import { resultsDir, runBenchmarkCell } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const models = (process.env.BENCH_MODELS ?? 'mlp,cnn').split(',');

const CELL = `
const REPEATS = ${repeats}, MODELS = ${JSON.stringify(models)};
${BUILD_MODELS_SOURCE}
const specs = {
  mlp: { samples: 4096, batch: 256, x: [784], build: buildModel.mlp },
  cnn: { samples: 2048, batch: 128, x: [28, 28, 1], build: buildModel.cnn },
};
const median = (a) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
const results = {};
for (const name of MODELS) {
  const spec = specs[name];
  const x = tf.randomUniform([spec.samples, ...spec.x], 0, 1, 'float32', 1);
  const y = tf.oneHot(tf.randomUniform([spec.samples], 0, 10, 'int32', 2), 10);
  const warmX = x.slice([0], [spec.batch * 2]), warmY = y.slice([0], [spec.batch * 2]);
  results[name] = { batch: spec.batch, rows: {} };
  async function measure(label, train) {
    const model = spec.build();
    model.compile({ optimizer: tf.train.sgd(0.05), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    await train(model, warmX, warmY); // compiles kernels, loads the replicas
    const rates = [];
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      await train(model, x, y);
      rates.push(spec.samples / ((performance.now() - t0) / 1000));
    }
    model.dispose();
    results[name].rows[label] = { median: median(rates), runs: rates };
  }
  await measure('kernel model.fit (1 worker)', (m, xs, ys) => m.fit(xs, ys, { epochs: 1, batchSize: spec.batch, verbose: 0 }));
  for (const k of [1, 2, 3]) {
    await spark.resize(k);
    await measure('spark.fit, ' + k + ' executor' + (k > 1 ? 's' : ''), (m, xs, ys) => spark.fit(m, xs, ys, { epochs: 1, batchSize: spec.batch, verbose: 0 }));
  }
  tf.dispose([x, y, warmX, warmY]);
}
await spark.resize(2);
JSON.stringify({ backend: tf.getBackend(), results })`;

const TITLES = { mlp: '784-500-100-10 MLP, global batch 256', cnn: 'CNN (conv 16, conv 32, dense 10), global batch 128' };

export function clusterTables(json) {
  return Object.entries(json.results).map(([name, { rows }]) => {
    const base = rows['spark.fit, 1 executor'].median;
    const lines = Object.entries(rows).map(([label, r]) => `| ${label} | ${json.backend} | ${Math.round(r.median).toLocaleString('en-US')} | ${(r.median / base).toFixed(2)}x |`);
    return [`| ${TITLES[name] ?? name} | backend | samples/s (median of ${repeats}) | vs 1 executor |`, '|---|---|---|---|', ...lines].join('\n');
  });
}

const { json, machine } = await runBenchmarkCell(root, 3300, CELL);
const tables = clusterTables(json);
console.log(`\n${tables.join('\n\n')}\n`);
console.log(`machine: ${machine.cores} cores, ${machine.cpu}; WebGPU adapter: ${machine.webgpuAdapter}`);
mkdirSync(resultsDir(root), { recursive: true });
const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'cluster.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, repeats, ...json, tables }, null, 2) + '\n');
