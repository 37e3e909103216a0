// Training throughput of the three benchmark models (CNN, 784-500-100-10 MLP, LSTM(50)->Dense(30)
// on 10x3 windows) in the kernel's Web Worker on each backend: WASM with Sparkbook's kernels
// (kernels/wasm-training), stock WASM, WebGL, WebGPU and CPU — all in one run, so ratios are
// comparable on a noisy machine. Each cell: warm-up, then the median of BENCH_REPEATS runs that
// each train for about BENCH_SECONDS. Prints a Markdown table; writes bench/results/training.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_MODELS_SOURCE } from './benchModels.mjs';
import { resultsDir, runBenchmarkCell } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 1.5);
const backends = (process.env.BENCH_BACKENDS ?? 'wasm,wasm-stock,webgl,webgpu,cpu').split(',');
const models = (process.env.BENCH_MODELS ?? 'cnn,mlp,lstm').split(',');

export const CELL = `
const REPEATS = ${repeats}, SECONDS = ${seconds};
const BACKENDS = ${JSON.stringify(backends)}, MODELS = ${JSON.stringify(models)};
const toggle = globalThis.sparkbookWasmTraining;
${BUILD_MODELS_SOURCE}
const specs = {
  cnn: { batch: 64, x: [28, 28, 1], y: [10], loss: 'categoricalCrossentropy', build: buildModel.cnn },
  mlp: { batch: 256, x: [784], y: [10], loss: 'categoricalCrossentropy', build: buildModel.mlp },
  lstm: { batch: 64, x: [10, 3], y: [30], loss: 'meanSquaredError', build: buildModel.lstm },
};
const median = (a) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
async function samplesPerSecond(spec) {
  const model = spec.build();
  model.compile({ optimizer: tf.train.sgd(0.01), loss: spec.loss });
  const pool = spec.batch * 8;
  const x = tf.randomUniform([pool, ...spec.x]);
  const y = spec.loss === 'meanSquaredError' ? tf.randomUniform([pool, ...spec.y]) : tf.oneHot(tf.randomUniform([pool], 0, 10, 'int32'), 10);
  const train = async (n) => {
    const t0 = performance.now();
    for (let done = 0; done < n; done += pool) {
      const k = Math.min(pool, n - done);
      const [xs, ys] = k === pool ? [x, y] : [x.slice(0, k), y.slice(0, k)];
      await model.fit(xs, ys, { epochs: 1, batchSize: spec.batch, shuffle: false, verbose: 0 });
      if (k !== pool) tf.dispose([xs, ys]);
    }
    return n / ((performance.now() - t0) / 1000);
  };
  try {
    const warm = await train(spec.batch); // compiles shaders, packs weights
    const probe = await train(spec.batch * 2);
    const n = spec.batch * Math.max(1, Math.round((Math.max(warm, probe) * SECONDS) / spec.batch));
    const runs = [];
    for (let r = 0; r < REPEATS; r++) runs.push(await train(n));
    return { median: median(runs), runs, samplesPerRun: n, batch: spec.batch };
  } finally {
    tf.dispose([x, y]);
    model.dispose();
  }
}
const results = {};
for (const b of BACKENDS) {
  const name = b === 'wasm-stock' ? 'wasm' : b;
  results[b] = {};
  if (b.startsWith('wasm')) (b === 'wasm' ? toggle.register : toggle.unregister)();
  let ok = false;
  try { ok = await tf.setBackend(name); await tf.ready(); } catch (e) { ok = false; }
  if (!ok) { for (const m of MODELS) results[b][m] = { error: name + ' is unavailable in this browser' }; continue; }
  for (const m of MODELS) {
    // A model.fit whose kernels the backend lacks moves the kernel to a fallback backend (the
    // cell's pre-flight check); each model starts on the backend under test, and a run that moved
    // is reported as the backend's gap, not as its speed.
    await tf.setBackend(name);
    try {
      const r = await samplesPerSecond(specs[m]);
      results[b][m] = tf.getBackend() === name ? r : { error: name + ' lacks a kernel this model trains with (it moved to ' + tf.getBackend() + ')' };
    }
    catch (e) { results[b][m] = { error: String(e.message ?? e).split('\\n')[0] }; }
  }
}
toggle.register();
await tf.setBackend('wasm');
JSON.stringify({ results, gemm: toggle.gemm() })`;

export function trainingTable(results) {
  const label = { wasm: 'wasm + Sparkbook kernels', 'wasm-stock': 'wasm (stock tfjs 4.22)', webgl: 'webgl', webgpu: 'webgpu', cpu: 'cpu' };
  const cell = (r) => (r.error ? `— (${r.error.replace(/\|/g, '/').slice(0, 70)})` : Math.round(r.median).toLocaleString('en-US'));
  const ratio = (m) => {
    const [a, b] = [results.wasm?.[m], results['wasm-stock']?.[m]];
    return a?.median && b?.median ? `${(a.median / b.median).toFixed(2)}x` : '—';
  };
  const head = `| backend (samples/s, median of ${repeats}) | ${models.join(' | ')} |`;
  const rows = Object.keys(results).map((b) => `| ${label[b] ?? b} | ${models.map((m) => cell(results[b][m])).join(' | ')} |`);
  return [head, `|---|${models.map(() => '---:').join('|')}|`, ...rows, `| ours vs stock wasm | ${models.map(ratio).join(' | ')} |`].join(
    '\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { json, machine } = await runBenchmarkCell(root, 3301, CELL);
  const table = trainingTable(json.results);
  console.log(`\nCNN batch 64, MLP batch 256, LSTM batch 64; one Web Worker (the notebook kernel), single-threaded WASM\n\n${table}\n`);
  // Which build of gemm.wat ran our kernels' products: 'relaxed' (FMA), 'plain', or null (XNNPACK).
  machine.wasmGemm = json.gemm;
  console.log(
    `machine: ${machine.cores} cores, ${machine.cpu}; WebGPU adapter: ${machine.webgpuAdapter}; our WASM GEMM: ${json.gemm ?? 'none (XNNPACK)'}`,
  );
  mkdirSync(resultsDir(root), { recursive: true });
  const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'training.json');
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), machine, repeats, secondsPerRun: seconds, results: json.results, table }, null, 2) +
      '\n',
  );
}
