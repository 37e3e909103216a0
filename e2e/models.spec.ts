/**
 * The model repository as a user meets it: import a Keras .h5 written by Keras on /models,
 * load it in a notebook and evaluate it on two executors, save a trained model from a cell,
 * download each format and import a download again, delete.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, output, runCode } from './helpers/notebook';
import { waitForWorkers } from './helpers/cluster';

const FIXTURES = 'lib/models/formats/fixtures';

const IRIS_DATA = `const rows = await datasets.csv('iris.csv');
const species = ['setosa', 'versicolor', 'virginica'];
const x = tf.tensor2d(rows.map((r) => [r.sepal_length, r.sepal_width, r.petal_length, r.petal_width].map(Number)));
const y = tf.oneHot(tf.tensor1d(rows.map((r) => species.indexOf(String(r.species))), 'int32'), 3).toFloat();
x.shape`;

async function openModels(page: Page) {
  await page.goto('/models');
  await expect(page.getByRole('heading', { name: 'Models', level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** Alerts the page shows (Next's empty route announcer is an alert too). */
function alerts(page: Page) {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

function modelsTable(page: Page) {
  return page.getByRole('table', { name: 'Models' });
}

function modelRow(page: Page, name: string) {
  return modelsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function importFiles(page: Page, files: Parameters<ReturnType<Page['getByLabel']>['setInputFiles']>[0]) {
  await page.getByLabel('Model files to import').setInputFiles(files);
}

async function downloadAs(page: Page, name: string, version: number, format: string): Promise<Download[]> {
  await page.getByLabel(`Download format for ${name} version ${version}`).selectOption(format);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: `Download ${name} version ${version}` }).click();
  await expect.poll(() => downloads.length).toBeGreaterThan(format === 'tfjs' ? 1 : 0);
  return downloads;
}

test.describe('Models', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a Keras .h5 imported on /models is evaluated on two executors in a notebook', async ({ page }) => {
    await openModels(page);
    await expect(page.getByText('No models yet')).toBeVisible();

    // A file that is not a model: a clear message, and nothing stored.
    await importFiles(page, { name: 'notes.h5', mimeType: 'application/octet-stream', buffer: Buffer.from('these are my notes') });
    await expect(alerts(page)).toContainText('notes.h5 was not imported: notes.h5 is not an HDF5 file');
    await expect(page.getByText('No models yet')).toBeVisible();

    await importFiles(page, `${FIXTURES}/keras2-iris.h5`);
    await expect(page.getByRole('status')).toContainText('Imported keras2-iris (version 1): 15 parameters');
    await expect(alerts(page)).toHaveCount(0);
    await expect(modelRow(page, 'keras2-iris')).toContainText('[null,4] → [null,3]');
    await expect(modelRow(page, 'keras2-iris')).toContainText('imported keras2-iris.h5');
    await page.screenshot({ path: 'test-results/screens/models-page.png', fullPage: true });

    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, IRIS_DATA);
    await expect(output(page, 1)).toContainText('150');
    await addCodeCell(page);
    await runCode(
      page,
      2,
      `const model = await models.load('keras2-iris');
// The file's optimizer (RMSprop with decay) has no TensorFlow.js twin, so it loads uncompiled.
if (!model.optimizer) model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
const report = await spark.evaluate(model, x, y, { classNames: species, batchSizePerWorker: 15 });
report`,
    );
    const evaluation = output(page, 2);
    await expect(evaluation.locator('caption', { hasText: 'Confusion matrix' })).toBeVisible();
    await expect(evaluation).toContainText(/job job-/);
    // The job history records the batch size per worker it was given.
    await page.goto('/jobs');
    await page.getByRole('table', { name: 'Jobs' }).getByRole('row').filter({ hasText: 'evaluate' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Configuration' })).toBeVisible();
    await expect(page.locator('dl').filter({ hasText: 'batchSizePerWorker' })).toContainText('15');
  });

  test('a model saved from a cell is listed with its job, downloads in each format, comes back from a download, and is deleted', async ({
    page,
  }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, IRIS_DATA);
    await addCodeCell(page);
    await runCode(
      page,
      2,
      `const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 10, activation: 'relu' }), tf.layers.dense({ units: 3, activation: 'softmax' })] });
model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
const history = await spark.fit(model, x, y, { epochs: 5, batchSize: 32, seed: 1, verbose: 0 });
const saved = await models.save(model, 'iris-net', { notes: 'five epochs on all 150 flowers' });
\`saved \${saved.name}@\${saved.version}, job \${saved.training.jobId === history.jobId}\``,
    );
    await expect(output(page, 2)).toContainText('saved iris-net@1, job true');

    await openModels(page);
    const row = modelRow(page, 'iris-net');
    await expect(row).toContainText('83');
    await expect(row.getByRole('link', { name: /^job-/ })).toBeVisible();
    await expect(row).toContainText(/acc 0\.\d+/);

    const kerasFile = (await downloadAs(page, 'iris-net', 1, 'keras'))[0];
    expect(kerasFile.suggestedFilename()).toBe('iris-net.keras');
    const h5File = (await downloadAs(page, 'iris-net', 1, 'h5'))[0];
    expect(h5File.suggestedFilename()).toBe('iris-net.h5');
    const tfjsFiles = await downloadAs(page, 'iris-net', 1, 'tfjs');
    expect(tfjsFiles.map((d) => d.suggestedFilename()).sort()).toEqual(['iris-net.json', 'iris-net.weights.bin']);

    // Each download imports again as the next version of the same name.
    const saveTo = async (d: Download) => {
      const path = test.info().outputPath(d.suggestedFilename());
      await d.saveAs(path);
      return { name: d.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(path) };
    };
    await importFiles(page, await saveTo(kerasFile));
    await expect(page.getByRole('status')).toContainText('Imported iris-net (version 2)');
    await importFiles(page, await saveTo(h5File));
    await expect(page.getByRole('status')).toContainText('Imported iris-net (version 3)');
    await importFiles(page, await Promise.all(tfjsFiles.map(saveTo)));
    await expect(page.getByRole('status')).toContainText('Imported iris-net (version 4)');

    // The detail page: summary, training curves of its job, notes.
    await page.getByLabel('Show every version').check();
    await modelsTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '1', exact: true }) })
      .getByRole('link', { name: 'iris-net' })
      .click();
    await expect(page.getByRole('heading', { name: /iris-net v1/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /Model: / })).toContainText('Dense');
    await expect(page.getByLabel('Training curves')).toBeVisible();
    await expect(page.getByText('five epochs on all 150 flowers')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/model-detail.png', fullPage: true });

    // Every version that came back from a file predicts exactly what the saved model predicts.
    await newNotebook(page);
    await runCode(page, 1, IRIS_DATA);
    await addCodeCell(page);
    await runCode(
      page,
      2,
      `const expected = await ((await models.load('iris-net@1')).predict(x) as tf.Tensor).data();
const same = [];
for (const v of [2, 3, 4]) {
  const got = await ((await models.load('iris-net@' + v)).predict(x) as tf.Tensor).data();
  same.push(got.every((value, i) => value === expected[i]));
}
\`identical: \${same.join(', ')}\``,
    );
    await expect(output(page, 2)).toContainText('identical: true, true, true');

    await openModels(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await modelRow(page, 'iris-net')
      .getByRole('button', { name: /^Delete iris-net version 4/ })
      .click();
    await expect(page.getByRole('status')).toContainText('Deleted iris-net version 4');
    await expect(modelRow(page, 'iris-net')).toHaveCount(1);
    await expect(modelRow(page, 'iris-net').getByRole('cell', { name: '3', exact: true })).toBeVisible();
  });
});
