import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, cell, kernelStatus, output, runCell, runCode, setCellCode, waitForIdle } from './helpers/notebook';
import { SETUP_CODE, currentJob, liveWorkerRows, runTraining, waitForJobStep, waitForWorkers, workersPanel } from './helpers/cluster';

// Long enough that a click lands mid-job even on a fast machine (1,280 steps).
// Plain SGD: over 1,280 Adam steps, the float rounding of different shard splits grows past
// 1e-4 (measured 1.5e-4), while with SGD it stays near 1e-5; the exactness test uses Adam.
const LONG_JOB = { epochs: 40, batchSize: 32, seed: 5, verbose: 0 };
const SGD = 'tf.train.sgd(0.1)';
// On one executor a 1,280-step job can end before a worker added at step 3 has booted, so the
// elastic test trains three times as long, with a smaller rate to keep the rounding small.
const ELASTIC_JOB = { ...LONG_JOB, epochs: 120 };
const SLOW_SGD = 'tf.train.sgd(0.02)';

test.describe('Spark workers', () => {
  // Training on two CPU cores, with several workers: give each test room.
  test.describe.configure({ timeout: 480_000 });
  test('spark.fit trains on two executors, with a live loss chart and the job in the panel', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await expect(workersPanel(page).getByRole('cell', { name: 'wasm' })).toHaveCount(2);
    await expect(workersPanel(page)).toContainText('Gradients: all-reduce in shared memory among the workers.');
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runTraining(
      page,
      2,
      `const model = buildModel();
const history = await spark.fit(model, x, y, { epochs: 3, batchSize: 64, validationSplit: 0.2, displayEvery: 5 });
\`exchange: \${history.params.exchange}; final loss \${history.history.loss[2].toFixed(3)} < first \${history.history.loss[0].toFixed(3)}: \${history.history.loss[2] < history.history.loss[0]}\``,
    );
    await expect(output(page, 2)).toContainText('exchange: shared-memory;');
    await expect(output(page, 2)).toContainText('Epoch 3/3');
    await expect(output(page, 2)).toContainText('val_loss');
    await expect(output(page, 2)).toContainText(/Iter 5\/39/);
    await expect(output(page, 2)).toContainText(': true');
    await expect(output(page, 2).getByLabel('Loss chart')).toBeVisible();
    await expect(currentJob(page)).toContainText('succeeded');
    // Both executors did work.
    for (const row of await liveWorkerRows(page).all()) {
      const tasks = Number(await row.locator('td').nth(3).textContent());
      expect(tasks).toBeGreaterThan(0);
    }
    await page.screenshot({ path: 'test-results/screens/spark-fit.png', fullPage: true });
  });

  test('1, 2 and 3 executors train to the same weights (sync mode is exact)', async ({ page }) => {
    await newNotebook(page);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runTraining(
      page,
      2,
      `const runs = [];
for (const n of [1, 2, 3]) {
  await spark.resize(n);
  const m = buildModel();
  await spark.fit(m, x, y, { epochs: 2, batchSize: 64, seed: 9, verbose: 0 });
  runs.push(m);
}
\`2 vs 1: \${maxRelativeDifference(runs[1], runs[0]) < 1e-4}, 3 vs 1: \${maxRelativeDifference(runs[2], runs[0]) < 1e-4}\``,
    );
    await expect(output(page, 2)).toContainText('2 vs 1: true, 3 vs 1: true', { timeout: 60_000 });
    await waitForWorkers(page, 3);
  });

  test('a worker killed mid-job: its task is retried and the weights equal an undisturbed run', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, SETUP_CODE + `\nconst options = ${JSON.stringify(LONG_JOB)};`);
    await addCodeCell(page);
    await setCellCode(page, 2, `const killed = buildModel(${SGD});\nawait spark.fit(killed, x, y, options);\n'trained'`);
    await runCell(page, 2);
    await waitForJobStep(page, 3);
    await workersPanel(page).getByRole('button', { name: 'Kill worker 1' }).click();
    await expect(workersPanel(page).locator('tr[data-status="lost"]')).toHaveCount(1);
    await waitForIdle(page, 240_000);
    await expect(output(page, 2)).toContainText('trained');
    await expect(currentJob(page)).toContainText('succeeded');

    await addCodeCell(page);
    await runTraining(
      page,
      3,
      `const calm = buildModel(${SGD});\nawait spark.fit(calm, x, y, options);\n\`same: \${maxRelativeDifference(killed, calm) < 1e-4}\``,
    );
    await expect(output(page, 3)).toContainText('same: true', { timeout: 90_000 });
  });

  test('workers added and removed while a job runs take effect without changing the result', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    // One worker to start with: a shared-memory job trains on one executor per CPU core, so on a
    // two-core machine a third worker would only stand by.
    await workersPanel(page).getByRole('button', { name: 'Remove worker' }).click();
    await waitForWorkers(page, 1);
    await runCode(page, 1, SETUP_CODE + `\nconst options = ${JSON.stringify(ELASTIC_JOB)};`);
    await addCodeCell(page);
    await setCellCode(page, 2, `const elastic = buildModel(${SLOW_SGD});\nawait spark.fit(elastic, x, y, options);\n'trained'`);
    await runCell(page, 2);
    await waitForJobStep(page, 3);
    await workersPanel(page).getByRole('button', { name: 'Add worker' }).click();
    // The worker added mid-job takes tasks from the next step on…
    const added = workersPanel(page).getByRole('row', { name: 'Worker 3' });
    await expect.poll(async () => Number(await added.locator('td').nth(3).textContent()), { timeout: 120_000 }).toBeGreaterThan(0);
    // …and Remove worker takes the newest one away again while the job goes on.
    await workersPanel(page).getByRole('button', { name: 'Remove worker' }).click();
    await expect(added).toHaveCount(0);
    await expect(liveWorkerRows(page)).toHaveCount(1);
    await waitForIdle(page, 240_000);
    await expect(output(page, 2)).toContainText('trained');
    await expect(currentJob(page)).toContainText('succeeded');
    await addCodeCell(page);
    await runTraining(
      page,
      3,
      `const steady = buildModel(${SLOW_SGD});\nawait spark.fit(steady, x, y, options);\nconst d = maxRelativeDifference(elastic, steady);\n\`same: \${d < 1e-4} (\${d.toExponential(1)})\``,
    );
    await expect(output(page, 3)).toContainText('same: true', { timeout: 90_000 });
  });

  test('Interrupt cancels a job within a step and frees the workers', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await setCellCode(page, 2, `await spark.fit(buildModel(), x, y, { epochs: 200, batchSize: 16, verbose: 0 })`);
    await runCell(page, 2);
    await waitForJobStep(page, 3);
    await page.getByRole('button', { name: 'Interrupt' }).click();
    await expect(output(page, 2)).toContainText('KeyboardInterrupt', { timeout: 5_000 });
    await waitForIdle(page);
    await expect(currentJob(page)).toContainText('cancelled');
    await expect(workersPanel(page).locator('tbody tr[data-status="busy"]')).toHaveCount(0, { timeout: 5_000 });
    // The cluster still works.
    await addCodeCell(page);
    await runCode(page, 3, `(await spark.predict(buildModel(), x.slice([0], [10]))).shape.join('x')`);
    await expect(output(page, 3)).toContainText('10x3');
  });

  test('without cross-origin isolation the workers train over messages, and the panel says so', async ({ page, context }) => {
    // As a host that can't send COOP/COEP would serve the app: no SharedArrayBuffer for anyone.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    await newNotebook(page);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await expect(workersPanel(page).getByRole('note')).toContainText('This page is not cross-origin isolated');
    await waitForWorkers(page, 2);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runTraining(
      page,
      2,
      `const runs = [];
for (const n of [1, 2]) {
  await spark.resize(n);
  const m = buildModel();
  const h = await spark.fit(m, x, y, { epochs: 2, batchSize: 64, seed: 9, verbose: 0 });
  runs.push([m, h]);
}
\`exchange: \${runs[1][1].params.exchange}, 2 vs 1: \${maxRelativeDifference(runs[1][0], runs[0][0]) < 1e-4}, loss falls: \${runs[1][1].history.loss[1] < runs[1][1].history.loss[0]}\``,
    );
    await expect(output(page, 2)).toContainText('exchange: messages, 2 vs 1: true, loss falls: true');
    await runCode(page, 2, `await spark.fit(buildModel(), x, y, { exchange: 'shared-memory' })`);
    await expect(output(page, 2)).toContainText('exchange "shared-memory" is not possible here: this page is not cross-origin isolated');
  });

  test('bad spark.fit options and shapes fail before any work, and the kernel stays usable', async ({ page }) => {
    await newNotebook(page);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runCode(page, 2, `await spark.fit(buildModel(), x, y, { epoch: 2 })`);
    await expect(output(page, 2)).toContainText('unknown option "epoch" — did you mean "epochs"?');
    await runCode(page, 2, `await spark.fit(buildModel(), x.slice([0, 0], [-1, 4]), y)`);
    await expect(output(page, 2)).toContainText("x has shape [1024, 4] but the model's input expects [null, 8]");
    await runCode(page, 2, `await spark.fit(buildModel(), x, y.slice([0], [100]))`);
    await expect(output(page, 2)).toContainText('x has 1024 samples but y has 100');
    await expect(kernelStatus(page)).toContainText('idle');
    await expect(cell(page, 2)).toBeVisible();
  });
});
