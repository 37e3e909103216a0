// `npm run bench`: builds the app if needed, serves it, drives headless Chromium through a
// notebook that trains the 784-500-100-10 MLP (global batch 256) in the kernel (model.fit)
// and with spark.fit on 1, 2 and 3 executors, all in one run, so the ratios are comparable on a
// noisy machine. Prints a Markdown table and writes bench/results/latest.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 3300);
const baseUrl = process.env.BENCH_URL ?? `http://localhost:${port}/`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

const server = process.env.BENCH_URL ? { stdout: { on() {} }, kill() {} } : spawn('node', ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => process.stderr.write(d));
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('server did not start');
}

const CELL = `
const N = 4096;
const x = tf.randomUniform([N, 784], 0, 1, 'float32', 1);
const y = tf.oneHot(tf.randomUniform([N], 0, 10, 'int32', 2), 10);
function mlp() {
  const m = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [784], units: 500, activation: 'relu' }),
    tf.layers.dense({ units: 100, activation: 'relu' }),
    tf.layers.dense({ units: 10, activation: 'softmax' }),
  ]});
  m.compile({ optimizer: tf.train.sgd(0.05), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}
const median = (a) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
const results = {};
async function measure(name, train) {
  const model = mlp();
  await train(model, 1024); // warm-up: compiles kernels, loads replicas
  const rates = [];
  for (let r = 0; r < ${repeats}; r++) {
    const t0 = performance.now();
    await train(model, N);
    rates.push(N / ((performance.now() - t0) / 1000));
  }
  model.dispose();
  results[name] = { median: median(rates), runs: rates };
}
await measure('kernel model.fit (1 worker)', (m, n) => m.fit(x.slice([0], [n]), y.slice([0], [n]), { epochs: 1, batchSize: 256, verbose: 0 }));
for (const k of [1, 2, 3]) {
  await spark.resize(k);
  await measure('spark.fit, ' + k + ' executor' + (k > 1 ? 's' : ''), (m, n) => spark.fit(m, x.slice([0], [n]), y.slice([0], [n]), { epochs: 1, batchSize: 256, verbose: 0 }));
}
JSON.stringify({ backend: tf.getBackend(), results })`;

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.waitForURL(/notebooks/);
  await page.getByRole('status', { name: 'Kernel status' }).filter({ hasText: 'idle' }).waitFor({ timeout: 60000 });
  const editor = page.getByRole('region', { name: 'Cell 1', exact: true }).locator('.monaco-editor');
  await editor.waitFor({ timeout: 60000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, CELL);
  await page.getByRole('region', { name: 'Cell 1', exact: true }).getByRole('button', { name: 'Run cell' }).click();
  const out = page.getByRole('region', { name: 'Output of cell 1', exact: true });
  await out.filter({ hasText: /"results"|Error/ }).waitFor({ timeout: 600000 });
  const text = (await out.innerText()).trim();
  const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1).replace(/^'|'$/g, ''));
  const adapter = await page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    return a ? `${a.info?.vendor ?? ''} ${a.info?.architecture ?? ''} ${a.info?.description ?? ''}`.trim() : 'none';
  });
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, userAgent: await page.evaluate(() => navigator.userAgent), webgpuAdapter: adapter };
  await browser.close();
  const base = json.results['spark.fit, 1 executor'].median;
  const rows = Object.entries(json.results).map(([name, r]) => `| ${name} | ${json.backend} | ${Math.round(r.median).toLocaleString('en-US')} | ${(r.median / base).toFixed(2)}x |`);
  const table = ['| 784-500-100-10 MLP, global batch 256 | backend | samples/s (median of ' + repeats + ') | vs 1 executor |', '|---|---|---|---|', ...rows].join('\n');
  console.log(`\n${table}\n`);
  console.log(`machine: ${machine.cores} cores, ${machine.cpu}; WebGPU adapter: ${machine.webgpuAdapter}`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(process.env.BENCH_OUT ?? join(root, 'bench/results/latest.json'), JSON.stringify({ date: new Date().toISOString(), machine, ...json }, null, 2) + '\n');
} finally {
  stop();
}
