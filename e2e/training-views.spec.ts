import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, output, runCode, waitForSaved } from './helpers/notebook';
import { SETUP_CODE, runTraining, waitForWorkers } from './helpers/cluster';

test.describe('Training views', () => {
  test.describe.configure({ timeout: 300_000 });
  test('the loss chart grows while training; the confusion matrix and report read right', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runTraining(
      page,
      2,
      `const model = buildModel();
await model.fit(x, y, { epochs: 2, batchSize: 256, verbose: 0 });
display(model);
const report = await spark.evaluate(model, x, y, { classNames: ['red', 'green', 'blue'] });
report`,
    );
    await expect(output(page, 2).getByLabel('Loss chart')).toBeVisible();
    // Keras-like summary of the model.
    await expect(output(page, 2)).toContainText('Total params');
    const matrix = output(page, 2).getByRole('table', { name: 'Confusion matrix' });
    await expect(matrix).toBeVisible();
    // Rows are true classes; the counts of all cells add up to the 1024 samples.
    const counts = await matrix.locator('tbody td').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(1024);
    const report = output(page, 2).getByRole('table', { name: 'Classification report' });
    await expect(report).toContainText('macro avg');
    await expect(report).not.toContainText('NaN');
    await page.screenshot({ path: 'test-results/screens/confusion-matrix.png', fullPage: true });

    // A longer spark.fit: the chart is drawn before training ends and keeps growing.
    await addCodeCell(page);
    await runCode(page, 3, `'start'`);
    const cell3Code = `await spark.fit(buildModel(), x, y, { epochs: 8, batchSize: 16, verbose: 0 }); 'done'`;
    const { setCellCode, runCell } = await import('./helpers/notebook');
    await setCellCode(page, 3, cell3Code);
    await runCell(page, 3);
    const chart = output(page, 3).getByLabel('Loss chart');
    await expect(chart).toBeVisible({ timeout: 30_000 });
    const points = async () => Number(await chart.getAttribute('data-points'));
    const early = await points();
    await expect.poll(points, { timeout: 30_000 }).toBeGreaterThan(early);
    await expect(output(page, 3)).toContainText('done', { timeout: 150_000 });
  });

  test('jobs survive a reload in the history; a job opens with its timeline; two jobs compare', async ({ page }) => {
    await newNotebook(page);
    await waitForWorkers(page, 2);
    await runCode(page, 1, SETUP_CODE);
    await addCodeCell(page);
    await runTraining(
      page,
      2,
      `await spark.fit(buildModel(), x, y, { epochs: 2, batchSize: 64, verbose: 0 });
await spark.fit(buildModel(), x, y, { epochs: 3, batchSize: 128, verbose: 0 });
'two jobs'`,
    );
    await expect(output(page, 2)).toContainText('two jobs');
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('link', { name: 'Jobs' }).click();
    const table = page.getByRole('table', { name: 'Jobs' });
    await expect(table.getByRole('row')).toHaveCount(3); // header + 2 jobs
    await expect(table).toContainText('succeeded');

    // Compare the two.
    for (const box of await table.getByRole('checkbox', { name: /^Select job / }).all()) await box.check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByLabel('Loss comparison chart')).toBeVisible();
    const config = page.getByRole('table', { name: 'Configuration comparison' });
    await expect(config).toContainText('64');
    await expect(config).toContainText('128');
    await page.screenshot({ path: 'test-results/screens/jobs-compare.png', fullPage: true });

    // The detail page of one job.
    await table.getByRole('link', { name: /^job-/ }).first().click();
    await expect(page.getByRole('img', { name: 'Executor timeline' })).toBeVisible();
    // Shared-memory steps show where their time went.
    await expect(
      page.getByText(/^Per step and worker on average: compute [\d.]+ ms, exchange \(all-reduce and update\) [\d.]+ ms/),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Timeline legend' })).toContainText('Exchange');
    await expect(page.getByLabel('Loss chart')).toBeVisible();
    await expect(page.getByText('Worker 1').first()).toBeVisible();
    // The newest job (3 epochs) lists its stages per epoch: a header row and one row per epoch.
    await expect(page.getByRole('table', { name: 'Stages per epoch' }).getByRole('row')).toHaveCount(4);
    await page.screenshot({ path: 'test-results/screens/job-detail.png', fullPage: true });
    await page.getByRole('link', { name: 'Open notebook cell' }).click();
    await expect(page).toHaveURL(/\/notebooks\/.+#cell-/);
    await expect(output(page, 2)).toContainText('two jobs');
  });
});
