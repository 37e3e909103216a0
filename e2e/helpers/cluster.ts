/** The Spark workers panel, as a user sees it: rows per worker, Add/Remove/Kill, the job bar. */
import { expect, type Locator, type Page } from '@playwright/test';

export function workersPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Spark workers' });
}

/** Rows of live workers (idle or busy). */
export function liveWorkerRows(page: Page): Locator {
  return workersPanel(page).locator('tbody tr[data-status="idle"], tbody tr[data-status="busy"]');
}

export async function waitForWorkers(page: Page, count: number) {
  await expect(liveWorkerRows(page)).toHaveCount(count, { timeout: 30_000 });
}

/** The job line in the panel ("job-… · fit · running"). */
export function currentJob(page: Page): Locator {
  return workersPanel(page).getByLabel('Current job');
}

/** Waits until the running job has made at least `steps` steps. */
export async function waitForJobStep(page: Page, steps: number) {
  await expect
    .poll(
      async () => {
        const text =
          (await currentJob(page)
            .textContent()
            .catch(() => '')) ?? '';
        const m = /step (\d+) \/ (\d+)/.exec(text);
        return m && text.includes('running') ? Number(m[1]) : 0;
      },
      { timeout: 90_000, intervals: [50] },
    )
    .toBeGreaterThanOrEqual(steps);
}

/**
 * Shared cell code: seeded data and a model factory whose initial weights are seeded, so two
 * runs start from the same point and their final weights can be compared.
 */
export const SETUP_CODE = `const x = tf.randomNormal([1024, 8], 0, 1, 'float32', 1);
const w = tf.randomNormal([8, 3], 0, 1, 'float32', 2);
const y = tf.oneHot(tf.argMax(x.matMul(w), 1), 3);
function buildModel(optimizer = tf.train.adam(0.01)) {
  const m = tf.sequential({ layers: [
    tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
    tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }),
  ]});
  m.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}
function maxRelativeDifference(a, b) {
  let worst = 0;
  a.getWeights().forEach((t, i) => {
    const u = t.dataSync(), v = b.getWeights()[i].dataSync();
    for (let j = 0; j < u.length; j++) worst = Math.max(worst, Math.abs(u[j] - v[j]) / Math.max(1e-3, Math.abs(v[j])));
  });
  return worst;
}
'ready'`;

/** Runs a cell that trains: like runCode, with the patience training needs on two cores. */
export async function runTraining(page: Page, n: number, code: string, timeout = 240_000) {
  const { setCellCode, runCell, executionCount, waitForIdle } = await import('./notebook');
  await setCellCode(page, n, code);
  await runCell(page, n);
  await expect(executionCount(page, n)).not.toHaveText('[*]', { timeout });
  await waitForIdle(page, timeout);
}
