// The cluster benchmark: in one notebook cell, trains the 784-500-100-10 MLP (global batch 256)
// and the benchmark CNN (global batch 128) in the kernel (model.fit) and with spark.fit on 1-4
// executors (BENCH_EXECUTORS), in sync and averaging mode over shared memory, and in sync mode
// over messages (the fallback without cross-origin isolation), all in one run so the ratios are
// comparable on a noisy machine. Executor counts go up and down again (1 2 3 4 4 3 2 1); each row
// reports the median of its one-epoch jobs (ceil(BENCH_REPEATS / 2) each way, after a warm-up job), with
// the shared-memory steps' split into compute, exchange, wait and driver time. Prints a
// Markdown table per model and writes bench/results/cluster.json (BENCH_OUT overrides).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_MODELS_SOURCE } from './benchModels.mjs';
import { resultsDir, runBenchmarkCell } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const executors = (process.env.BENCH_EXECUTORS ?? '1,2,3,4').split(',').map(Number);
const models = (process.env.BENCH_MODELS ?? 'mlp,cnn').split(',');

const CELL = `
const REPEATS = ${repeats}, MODELS = ${JSON.stringify(models)}, EXECUTORS = ${JSON.stringify(executors)};
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
  results[name] = { batch: spec.batch, rows: {} };
  const fit = (options) => (m, xs, ys) => spark.fit(m, xs, ys, { epochs: 1, batchSize: spec.batch, verbose: 0, ...options });
  const plural = (k) => k + ' executor' + (k > 1 ? 's' : '');
  const rows = [{ label: 'kernel model.fit (1 worker)', k: 0, train: (m, xs, ys) => m.fit(xs, ys, { epochs: 1, batchSize: spec.batch, verbose: 0 }) }];
  for (const k of EXECUTORS) rows.push({ label: 'spark.fit sync, ' + plural(k), k, train: fit({ exchange: 'shared-memory' }) });
  for (const k of EXECUTORS) rows.push({ label: 'spark.fit averaging (every 4 steps), ' + plural(k), k, train: fit({ exchange: 'shared-memory', mode: 'averaging', averagingFrequency: 4 }) });
  for (const k of EXECUTORS.filter((k) => k <= 2)) rows.push({ label: 'spark.fit sync over messages, ' + plural(k), k, train: fit({ exchange: 'messages' }) });
  for (const row of rows) {
    row.model = spec.build();
    row.model.compile({ optimizer: tf.train.sgd(0.05), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    row.rates = [];
    row.timings = [];
  }
  // Executor counts up and then down again (1 2 3 4 4 3 2 1), half the repeats each way: a drift
  // of the machine's speed during the run falls on every count alike. Within a block the workers
  // stay up and warm; each row's first job in a block is a full warm-up (fresh workers run
  // baseline-compiled WASM until the optimising compiler catches up).
  const blocks = [...EXECUTORS, ...[...EXECUTORS].reverse()];
  const perBlock = Math.max(1, Math.ceil(REPEATS / 2));
  for (const k of blocks) {
    // New workers (going up) run baseline-compiled WASM until V8's optimising tier catches up.
    const fresh = k > spark.executors.length;
    await spark.resize(k);
    for (const row of rows.filter((row) => row.k === k || (row.k === 0 && k === 1))) {
      for (let w = 0; w < (fresh ? 3 : 1); w++) await row.train(row.model, x, y);
      for (let r = 0; r < perBlock; r++) {
        const t0 = performance.now();
        const history = await row.train(row.model, x, y);
        row.rates.push(spec.samples / ((performance.now() - t0) / 1000));
        row.timings.push(history?.timing);
      }
    }
  }
  for (const row of rows) {
    row.model.dispose();
    // Per-step split of the median job (by samples/s).
    const m = median(row.rates);
    results[name].rows[row.label] = { median: m, runs: row.rates, timing: row.timings[row.rates.indexOf(m)] };
  }
  tf.dispose([x, y]);
}
await spark.resize(2);
JSON.stringify({ backend: tf.getBackend(), results })`;

const TITLES = { mlp: '784-500-100-10 MLP, global batch 256', cnn: 'CNN (conv 16, conv 32, dense 10), global batch 128' };

const ms = (v) => (v === undefined ? '' : v.toFixed(1));

export function clusterTables(json) {
  return Object.entries(json.results).map(([name, { rows }]) => {
    const base = (rows['spark.fit sync, 1 executor'] ?? Object.values(rows)[0]).median;
    const lines = Object.entries(rows).map(([label, r]) => {
      const t = r.timing;
      const split = t ? `${ms(t.computeMs)} / ${ms(t.exchangeMs)} / ${ms(t.waitMs)} / ${t.driverMs.toFixed(2)}` : '';
      return `| ${label} | ${Math.round(r.median).toLocaleString('en-US')} | ${(r.median / base).toFixed(2)}x | ${split} |`;
    });
    return [
      `| ${TITLES[name] ?? name} (${json.backend}) | samples/s (median of ${Object.values(rows)[0].runs.length}) | vs 1 executor (sync) | per step, ms: compute / exchange / wait / driver |`,
      '|---|---:|---:|---|',
      ...lines,
    ].join('\n');
  });
}

const { json, machine } = await runBenchmarkCell(root, 3300, CELL);
const tables = clusterTables(json);
console.log(`\n${tables.join('\n\n')}\n`);
console.log(`machine: ${machine.cores} cores, ${machine.cpu}; WebGPU adapter: ${machine.webgpuAdapter}`);
mkdirSync(resultsDir(root), { recursive: true });
const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'cluster.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, repeats, ...json, tables }, null, 2) + '\n');
