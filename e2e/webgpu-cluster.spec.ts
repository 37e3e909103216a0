/**
 * The WebGPU path on SwiftShader (the test Chromium's software adapter): executors forced to
 * WebGPU train the Iris network to the same weights as WASM ones, the backend menu moves the
 * kernel and the executors and survives a reload, and a model with an op WebGPU lacks is caught
 * by the pre-flight check and trains on the fallback, and an LSTM (whose pre-flight once ended
 * the WebGPU instance) trains with model.fit in the kernel. SwiftShader WebGPU is 5-100x slower than
 * WASM, so the jobs are small.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, kernelStatus, output, runCode, waitForIdle, waitForSaved } from './helpers/notebook';
import { SETUP_CODE, runTraining, waitForWorkers, workersPanel } from './helpers/cluster';

/**
 * The Iris example's data preparation and network (scripts/examples/iris.cells.txt), in three
 * cells short enough for the editor to show each one's first line after pasting.
 */
const IRIS_CELLS = [
  `const rows = await datasets.csv('iris.csv');
const species = ['setosa', 'versicolor', 'virginica'];
const features = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
'split helpers'`,
  `const random = seededRandom(2024);
const trainRows = [];
const testRows = [];
for (const name of species) {
  const flowers = shuffled(rows.filter((r) => r.species === name), random);
  testRows.push(...flowers.slice(0, 10));
  trainRows.push(...flowers.slice(10));
}
const trainSet = shuffled(trainRows, random);
function toTensors(part) {
  const x = tf.tensor2d(part.map((r) => features.map((f) => Number(r[f]))));
  const y = tf.oneHot(tf.tensor1d(part.map((r) => species.indexOf(String(r.species))), 'int32'), species.length);
  return { x, y };
}
const train = toTensors(trainSet);
const test = toTensors(testRows);
const moments = tf.moments(train.x, 0);
const xTrain = train.x.sub(moments.mean).div(moments.variance.sqrt());
const yTrain = train.y;
const xTest = test.x.sub(moments.mean).div(moments.variance.sqrt());
const yTest = test.y;
\`\${trainSet.length} training flowers\``,
  `function irisModel() {
  const m = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [4], units: 10, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
    tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
  ]});
  m.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}
const irisFit = { epochs: 30, batchSize: 40, seed: 1, verbose: 0 };
function maxRelativeDifference(a, b) {
  let worst = 0;
  a.getWeights().forEach((t, i) => {
    const u = t.dataSync(), v = b.getWeights()[i].dataSync();
    for (let j = 0; j < u.length; j++) worst = Math.max(worst, Math.abs(u[j] - v[j]) / Math.max(1e-3, Math.abs(v[j])));
  });
  return worst;
}
'model ready'`,
];

/** Runs each code in a cell of its own, adding cells after the first. */
async function runCells(page: Page, codes: string[]) {
  for (const [i, code] of codes.entries()) {
    if (i > 0) await addCodeCell(page);
    await runCode(page, i + 1, code);
  }
}

/** The backend column of the live workers, as the panel shows it. */
async function executorBackends(page: Page): Promise<string[]> {
  return workersPanel(page).getByTestId('executor-backend').allTextContents();
}

test.describe('WebGPU on the cluster', () => {
  test.describe.configure({ timeout: 480_000 });

  test('the Iris network trains on two WebGPU executors to accuracy ≥ 0.93 and to the weights of a WASM run', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCells(page, IRIS_CELLS);
    await expect(output(page, 2)).toContainText('120 training flowers');
    await expect(output(page, 3)).toContainText('model ready');

    await addCodeCell(page);
    await runTraining(
      page,
      4,
      `const gpuStarted = performance.now();
const gpuExecutors = await spark.resize(2, { backend: 'webgpu' });
const onGpu = irisModel();
await spark.fit(onGpu, xTrain, yTrain, irisFit);
const gpuSeconds = (performance.now() - gpuStarted) / 1000;
const gpuReport = await spark.evaluate(onGpu, xTest, yTest, { classNames: species });
\`executors: \${spark.executors.map((e) => e.backend + ' on ' + e.adapter).join('; ')}; webgpu accuracy \${gpuReport.accuracy.toFixed(3)} in \${gpuSeconds.toFixed(1)} s\``,
    );
    const gpuText = (await output(page, 4).textContent()) ?? '';
    console.log(`webgpu: ${gpuText}`);
    const accuracy = Number(/webgpu accuracy ([\d.]+)/.exec(gpuText)?.[1]);
    expect(accuracy).toBeGreaterThanOrEqual(0.93);
    expect(gpuText).toMatch(/executors: webgpu on .+; webgpu on .+;/);
    expect(await executorBackends(page)).toEqual(['webgpu', 'webgpu']);
    await expect(workersPanel(page)).toContainText('(software)');
    await page.screenshot({ path: 'test-results/screens/webgpu-executors.png', fullPage: true });

    await addCodeCell(page);
    await runTraining(
      page,
      5,
      `const wasmStarted = performance.now();
await spark.setBackend('wasm');
const onWasm = irisModel();
await spark.fit(onWasm, xTrain, yTrain, irisFit);
const wasmSeconds = (performance.now() - wasmStarted) / 1000;
\`executors: \${spark.executors.map((e) => e.backend).join(', ')}; max relative difference \${maxRelativeDifference(onGpu, onWasm).toExponential(2)}; wasm in \${wasmSeconds.toFixed(1)} s\``,
    );
    const wasmText = (await output(page, 5).textContent()) ?? '';
    console.log(`wasm: ${wasmText}`);
    expect(wasmText).toContain('executors: wasm, wasm;');
    expect(Number(/max relative difference ([\d.e+-]+)/.exec(wasmText)?.[1])).toBeLessThan(1e-3);
    expect(await executorBackends(page)).toEqual(['wasm', 'wasm']);
  });

  test('spark.resize and spark.setBackend refuse what they cannot do, naming what is accepted', async ({ page }) => {
    await newNotebook(page);
    await runCode(
      page,
      1,
      `const errors = [];
for (const call of [() => spark.resize(12), () => spark.resize(2, { backnd: 'webgpu' }), () => spark.setBackend('metal')]) {
  try { await call(); errors.push('no error'); } catch (e) { errors.push(e.message); }
}
errors.join('\\n')`,
    );
    const text = output(page, 1);
    await expect(text).toContainText('spark.resize: count must be an integer from 0 to 8');
    await expect(text).toContainText('unknown option "backnd" — did you mean "backend"?');
    await expect(text).toContainText('spark.setBackend: backend must be one of "auto", "webgpu", "webgl", "wasm", "cpu" (got "metal")');
  });

  test('the backend menu moves the kernel and the executors, and the choice survives a reload', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    const menu = page.getByRole('combobox', { name: 'Backend' });
    await expect(menu).toHaveValue('auto');
    await expect(menu.locator('option[value="webgpu"]')).toHaveText(/^WebGPU — software adapter \(SwiftShader\), slow$/);
    await expect(menu.locator('option[value="auto"]')).toHaveText('Auto — WASM here (WebGPU is software)');

    await menu.selectOption('webgpu');
    await expect(kernelStatus(page)).toHaveText(/· webgpu/, { timeout: 30_000 });
    await expect.poll(() => executorBackends(page), { timeout: 60_000 }).toEqual(['webgpu', 'webgpu']);
    await page.getByRole('textbox', { name: 'Notebook title' }).click();
    await page.screenshot({ path: 'test-results/screens/webgpu-backend-menu.png', fullPage: false });
    await runCode(page, 1, "`kernel: ${tf.getBackend()}; executors: ${spark.executors.map((e) => e.choice + '/' + e.backend).join(', ')}`");
    await expect(output(page, 1)).toContainText('kernel: webgpu; executors: webgpu/webgpu, webgpu/webgpu');

    // A worker added later starts on the notebook's backend too.
    await workersPanel(page).getByRole('button', { name: 'Add worker' }).click();
    await expect.poll(() => executorBackends(page), { timeout: 60_000 }).toEqual(['webgpu', 'webgpu', 'webgpu']);

    await waitForSaved(page);
    await page.reload();
    await expect(menu).toHaveValue('webgpu');
    await expect(kernelStatus(page)).toHaveText(/Kernel idle · webgpu/, { timeout: 30_000 });
    await expect.poll(() => executorBackends(page), { timeout: 60_000 }).toEqual(['webgpu', 'webgpu']);

    await menu.selectOption('wasm');
    await expect(kernelStatus(page)).toHaveText(/· wasm/, { timeout: 30_000 });
    await expect.poll(() => executorBackends(page), { timeout: 60_000 }).toEqual(['wasm', 'wasm']);
  });

  test('an LSTM trains with model.fit in the kernel on WebGPU, and its loss reads back', async ({ page }) => {
    await newNotebook(page);
    // The orthogonal recurrent kernel is made on the GPU, so its values exist nowhere else: the
    // pre-flight trace must not read it synchronously (that read ends SwiftShader's WebGPU
    // instance, and the fit's next read fails).
    await runTraining(
      page,
      1,
      `await tf.setBackend('webgpu');
const lstm = tf.sequential({ layers: [tf.layers.lstm({ inputShape: [10, 3], units: 50 }), tf.layers.dense({ units: 30 })] });
lstm.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
const xs = tf.randomUniform([128, 10, 3]), ys = tf.randomUniform([128, 30]);
const lstmHistory = await lstm.fit(xs, ys, { epochs: 2, batchSize: 64, verbose: 0 });
\`LSTM model.fit on \${tf.getBackend()}: \${lstmHistory.history.loss.length} epochs, loss \${lstmHistory.history.loss.map((l) => l.toFixed(3)).join(', ')}\``,
    );
    const out = output(page, 1);
    await expect(out).toContainText(/LSTM model\.fit on webgpu: 2 epochs, loss \d\.\d{3}, \d\.\d{3}/);
    await expect(out).not.toContainText('Error');
    await expect(kernelStatus(page)).toHaveText(/· webgpu/);
    await out.screenshot({ path: 'test-results/screens/webgpu-lstm-fit.png' });
  });

  test('a model with an op WebGPU lacks gets the pre-flight message and trains on the fallback', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    // A custom op with kernels for the CPU and WASM backends only, and a layer that runs it.
    await runCells(page, [
      SETUP_CODE,
      `const TWICE = 'SparkbookTestTwice';
const twiceKernel = (backendName) => ({
  kernelName: TWICE,
  backendName,
  kernelFunc: ({ inputs, backend }) => {
    const doubled = Float32Array.from(backend.readSync(inputs.x.dataId), (v) => 2 * v);
    // The CPU backend makes outputs with makeTensorInfo, the WASM one with makeOutput.
    return backend.makeTensorInfo ? backend.makeTensorInfo(inputs.x.shape, 'float32', doubled) : backend.makeOutput(inputs.x.shape, 'float32', null, doubled);
  },
});
tf.registerKernel(twiceKernel('cpu'));
tf.registerKernel(twiceKernel('wasm'));
tf.registerGradient({ kernelName: TWICE, gradFunc: (dy) => ({ x: () => tf.mul(dy, 2) }) });
class Twice extends tf.layers.Layer {
  static className = 'Twice';
  call(inputs) { return tf.engine().runKernel(TWICE, { x: Array.isArray(inputs) ? inputs[0] : inputs }); }
}
tf.serialization.registerClass(Twice);
'ready'`,
    ]);
    await addCodeCell(page);
    await runTraining(
      page,
      3,
      `await tf.setBackend('webgpu');
const custom = tf.sequential({ layers: [
  tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
  new Twice({ name: 'twice' }),
  tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }),
]});
custom.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
const localHistory = await custom.fit(x, y, { epochs: 5, batchSize: 128, verbose: 0 });
const losses = localHistory.history.loss;
\`model.fit on \${tf.getBackend()}: loss \${losses[4] < losses[0] ? 'fell' : 'did not fall'} (\${losses.map((l) => l.toFixed(3)).join(', ')})\``,
    );
    await expect(output(page, 3)).toContainText(
      'Pre-flight check: webgpu on the kernel has no kernel for op "SparkbookTestTwice" (needed by layer "twice" (Twice)); training on wasm instead.',
    );
    await expect(output(page, 3)).toContainText('model.fit on wasm: loss fell');
    await expect(kernelStatus(page)).toHaveText(/· wasm/);

    // The executors: the driver's registry is told WebGPU lacks Softmax (as if this build shipped without it).
    await addCodeCell(page);
    await runTraining(
      page,
      4,
      `await spark.resize(2, { backend: 'webgpu' });
tf.unregisterKernel('Softmax', 'webgpu');
const plain = buildModel();
const clusterHistory = await spark.fit(plain, x, y, { epochs: 1, batchSize: 128, seed: 5, verbose: 0, debug: true });
\`spark.fit on \${spark.executors.map((e) => e.backend).join(', ')}: \${clusterHistory.history.loss.length} epoch\``,
    );
    const out = output(page, 4);
    await expect(out).toContainText(
      /Pre-flight check: webgpu on executors 1, 2 has no kernel for op "Softmax" \(needed by layer "dense_Dense\d+" \(Dense\)/,
    );
    await expect(out).toContainText('training on wasm instead.');
    await expect(out).toContainText('Pre-flight kernel check (ops the model runs');
    await expect(out).toContainText('executor 1 on webgpu: missing Softmax → wasm');
    await expect(out).toContainText('spark.fit on wasm, wasm: 1 epoch');
    expect(await executorBackends(page)).toEqual(['wasm', 'wasm']);
    await expect(
      workersPanel(page)
        .getByLabel(/Pre-flight check: webgpu on executor \d has no kernel for op "Softmax"/)
        .first(),
    ).toBeAttached();
    await waitForIdle(page);
  });
});
