/**
 * tfjs-vis's render.* charts as show.line, show.scatter, show.histogram and show.heatmap, typed
 * into cells and run; model.fit's Keras-style progress log; and what a screen reader is told.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { addCodeCell, cell, KERNEL_TIMEOUT, output, runCell, runCode, setCellCode, waitForIdle } from './helpers/notebook';

const VEGA_LITE = 'application/vnd.vegalite.v5+json';

/** The notebook as Export .ipynb writes it. */
async function exported(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ipynb' }).click();
  return JSON.parse(await readFile((await (await downloading).path())!, 'utf8')) as {
    cells: { outputs: { output_type: string; data?: Record<string, unknown>; text?: string[] }[] }[];
  };
}

test('show.line, show.scatter, show.histogram and show.heatmap draw charts that export with Vega-Lite twins', async ({ page }) => {
  await newNotebook(page);
  await runCode(
    page,
    1,
    `show.line({ values: [[{ x: 1, y: 3 }, { x: 2, y: 5 }, { x: 3, y: 4 }], [{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 6 }]], series: ['train', 'test'] },
  { title: 'Line demo', xLabel: 'epoch', yLabel: 'value' })`,
  );
  const line = output(page, 1).getByLabel('Line demo chart');
  await expect(line).toHaveAttribute('data-points', '3');
  await expect(line).toContainText('train');
  await expect(line).toContainText('test');
  // Drawn on a canvas: the plot says which colours it drew the two series in.
  await expect(line.locator('canvas')).toHaveCount(1);
  await expect(line.locator('[data-series-colors]')).toHaveAttribute('data-series-colors', /^rgb\([^)]*\); rgb\([^)]*\)$/);

  await addCodeCell(page);
  await runCode(
    page,
    2,
    `const cars = Array.from({ length: 50 }, (_, i) => ({ x: 50 + i * 3, y: 40 - i * 0.5 + (i % 7) }));
show.scatter({ values: cars }, { title: 'Horsepower vs MPG', xLabel: 'horsepower', yLabel: 'mpg' })`,
  );
  const scatter = output(page, 2).getByLabel('Horsepower vs MPG chart');
  await expect(scatter).toHaveAttribute('data-mark', 'point');
  await expect(scatter.locator('.recharts-scatter-symbol')).toHaveCount(50);

  await addCodeCell(page);
  await runCode(page, 3, `show.histogram(tf.randomNormal([1000], 0, 1, 'float32', 42), { title: 'Weights', xLabel: 'weight' })`);
  const histogram = output(page, 3).getByLabel('Weights histogram');
  await expect(histogram).toContainText('count 1000');
  expect(Number(await histogram.getAttribute('data-bins'))).toBeGreaterThan(4);
  await expect(histogram.locator('.recharts-bar-rectangle')).not.toHaveCount(0);

  await addCodeCell(page);
  await runCode(
    page,
    4,
    `show.heatmap({ values: [[4, 2, 8, 20], [1, 7, 2, 10], [3, 3, 20, 13]], xTickLabels: ['cheese', 'pig', 'font'],
  yTickLabels: ['speed', 'smoothness', 'dexterity', 'mana'] }, { title: 'Skills' })`,
  );
  const heatmap = output(page, 4).getByRole('img', { name: 'Skills heatmap: 4 rows by 3 columns, values from 1 to 20' });
  await expect(heatmap.locator('rect')).toHaveCount(12);
  await expect(heatmap).toContainText('cheese');
  await expect(heatmap).toContainText('dexterity');

  // A wrong shape says what was given and what is expected.
  await addCodeCell(page);
  await runCode(page, 5, `show.heatmap({ values: [1, 2, 3] })`);
  await expect(output(page, 5).getByRole('group', { name: 'Error' })).toContainText(
    'show.heatmap: data.values has shape [3]; give a non-empty 2-D array or tensor',
  );

  // The output areas are not live regions; each cell's status says how its run ended, once.
  await expect(output(page, 1)).not.toHaveAttribute('aria-live');
  await expect(page.getByRole('status', { name: 'Run status of cell 4' })).toHaveText('Cell 4 finished.');
  await expect(page.getByRole('status', { name: 'Run status of cell 5' })).toHaveText(
    /^Cell 5 failed\. Error: show\.heatmap: data\.values has shape \[3\]/,
  );

  const heatmapFigure = output(page, 4).getByRole('figure', { name: 'Skills heatmap' });
  for (const [name, chart] of [
    ['line', line],
    ['scatter', scatter],
    ['histogram', histogram],
    ['heatmap', heatmapFigure],
  ] as const) {
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `test-results/screens/show-${name}.png` });
  }

  // In the dark theme (the System choice follows the OS, live) the axis text takes the theme's
  // colour rather than a fixed grey.
  const plot = line.locator('[data-axis-color]');
  await expect(plot).toHaveAttribute('data-axis-color', 'rgb(82, 82, 82)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(plot).toHaveAttribute('data-axis-color', 'rgb(198, 198, 198)');
  await line.screenshot({ path: 'test-results/screens/show-line-dark.png' });
  await heatmapFigure.screenshot({ path: 'test-results/screens/show-heatmap-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  const nb = await exported(page);
  const specs = nb.cells.slice(0, 4).map((c) => c.outputs.find((o) => o.data?.[VEGA_LITE])?.data?.[VEGA_LITE] as Record<string, unknown>);
  expect(specs.map((s) => (s?.mark as { type?: string } | undefined)?.type ?? (s?.layer ? 'layers' : undefined))).toEqual([
    'line',
    'point',
    'bar',
    'rect',
  ]);
});

test('model.fit shows a Keras-style progress line per epoch with an ETA, respecting verbose', async ({ page }) => {
  // Training on a shared two-core machine can be slow; the assertions wait on what is shown.
  test.setTimeout(300_000);
  await newNotebook(page);
  await runCode(
    page,
    1,
    `const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu' }), tf.layers.dense({ units: 1 })] });
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError', metrics: ['mae'] });
const x = tf.randomNormal([1024, 8], 0, 1, 'float32', 1);
const y = x.sum(1, true);
// At least 50 ms a step, however fast the machine, so an epoch lasts long enough to watch.
const steady = { onBatchEnd: () => new Promise((resolve) => setTimeout(resolve, 50)) };
'ready'`,
  );
  await addCodeCell(page);
  // 1024 × 0.75 = 768 training rows in batches of 32: 24 steps an epoch.
  await setCellCode(page, 2, `await model.fit(x, y, { epochs: 3, batchSize: 32, validationSplit: 0.25, callbacks: steady }); 'trained'`);
  await runCell(page, 2);
  const progress = output(page, 2).getByRole('group', { name: 'Training progress' });
  // While it trains: the running epoch's line, with its bar and an estimate of the time left.
  await expect(progress).toContainText(/\d+\/24 - ETA: (\d+s|\d+:\d\d) - loss: \d/, { timeout: KERNEL_TIMEOUT });
  await expect(progress.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', /\d+/);
  await expect(output(page, 2).getByLabel('Loss chart')).toBeVisible();
  await progress.scrollIntoViewIfNeeded();
  await progress.screenshot({ path: 'test-results/screens/show-progress-running.png' });
  // A cell announces its completion, not each redraw: nothing is said while it trains.
  await expect(page.getByRole('status', { name: 'Run status of cell 2' })).toHaveText('');
  await expect(output(page, 2)).toContainText('trained', { timeout: 240_000 });
  await waitForIdle(page);

  // One line per epoch, updated in place: three rows, each finished, with validation metrics.
  const rows = progress.locator('[data-epoch]');
  await expect(rows).toHaveCount(3);
  await expect(progress.locator('[data-done="true"]')).toHaveCount(3);
  await expect(rows.nth(2)).toContainText(
    /^Epoch 3\/3\s*24\/24 - \d+s \d+(us|ms|s)\/step - loss: [\d.]+ - mae: [\d.]+ - val_loss: [\d.]+ - val_mae: [\d.]+$/,
  );
  await expect(page.getByRole('status', { name: 'Run status of cell 2' })).toHaveText('Cell 2 finished.');
  await output(page, 2).screenshot({ path: 'test-results/screens/show-progress.png' });

  // verbose 2: one line per epoch, no bar; verbose 0: no log, the chart only.
  await addCodeCell(page);
  await runCode(page, 3, `await model.fit(x, y, { epochs: 2, batchSize: 256, verbose: 2 }); 'quiet'`);
  const brief = output(page, 3).getByRole('group', { name: 'Training progress' });
  await expect(brief.locator('[data-epoch]')).toHaveCount(2);
  await expect(brief.getByRole('progressbar')).toHaveCount(0);
  await expect(brief.locator('[data-epoch]').first()).toContainText(
    /^Epoch 1\/2\s*- \d+s \d+(us|ms|s)\/step - loss: [\d.]+ - mae: [\d.]+$/,
  );
  await addCodeCell(page);
  await runCode(page, 4, `await model.fit(x, y, { epochs: 1, batchSize: 256, verbose: 0 }); 'silent'`);
  await expect(output(page, 4)).toContainText('silent');
  await expect(output(page, 4).getByLabel('Loss chart')).toBeVisible();
  await expect(output(page, 4).getByRole('group', { name: 'Training progress' })).toHaveCount(0);

  // The exported notebook reads as Keras's log, in plain text.
  const nb = await exported(page);
  const text = (n: number) =>
    nb.cells[n].outputs.map((o) => [o.data?.['text/plain'] ?? []].flat().join('')).find((t) => t.startsWith('Epoch 1/'));
  expect(text(1)!.split('\n')).toHaveLength(6);
  expect(text(1)).toMatch(/^Epoch 3\/3\n24\/24 \[={30}\] - \d+s \d+(us|ms|s)\/step - loss: /m);
  expect(text(2)!.split('\n')).toEqual([expect.stringMatching(/^Epoch 1\/2 - \d+s/), expect.stringMatching(/^Epoch 2\/2 - \d+s/)]);
  await expect(cell(page, 1)).toBeVisible();
});
