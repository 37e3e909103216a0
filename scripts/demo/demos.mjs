// What the demo does with each example, step by step, in a reader's terms (accessible names,
// visible text). Shared steps are at the top; each demo's run() returns its last cell's result.

/** Time for one example's Run all on two slow cores. */
const RUN_TIMEOUT = 15 * 60_000;

const cellRegions = (page) => page.getByRole('region', { name: /^Cell \d+$/ });
const outputOf = (page, text) =>
  page
    .getByRole('region', { name: /^Output of cell \d+$/ })
    .filter({ hasText: text })
    .first();

/** Scrolls so that `locator` sits just under the sticky header and toolbar. */
async function scrollTo(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY - 140;
    window.scrollTo({ top, behavior: 'instant' });
  });
  await page.waitForTimeout(400);
}

async function waitForIdle(page, timeout = 120_000) {
  await page.getByRole('status', { name: 'Kernel status' }).filter({ hasText: 'Kernel idle' }).waitFor({ timeout });
}

/** Gallery → the example's card → its notebook, with the kernel and two executors ready. */
async function openFromGallery(page, cardTitle, { shoot }) {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Examples' }).waitFor();
  await page
    .getByText('Loading…')
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await shoot('gallery');
  await page.getByRole('list', { name: 'Example notebooks' }).getByRole('button', { name: cardTitle }).click();
  await page.waitForURL(/\/notebooks\//);
  await waitForIdle(page);
  await page
    .getByRole('complementary', { name: 'Spark workers' })
    .locator('tbody tr[data-status="idle"]')
    .nth(1)
    .waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
  await shoot('opened');
}

/** Clicks Run all; calls `during` once training shows (e.g. for a screenshot); returns the last cell's text. */
async function runAll(page, { during, trainingText, log }) {
  const last = await cellRegions(page).count();
  const result = page.getByRole('region', { name: `Output of cell ${last}`, exact: true });
  await page.getByRole('button', { name: 'Run all' }).click();
  log('Run all');
  if (during) {
    const training = outputOf(page, trainingText);
    await training.waitFor({ timeout: RUN_TIMEOUT });
    await during(training);
  }
  const deadline = Date.now() + RUN_TIMEOUT;
  for (;;) {
    const errors = await page.locator('[data-output-type="error"]').allTextContents();
    if (errors.length) throw new Error(`a cell failed: ${errors.join('\n').slice(0, 1000)}`);
    const text = (await result.textContent().catch(() => '')) ?? '';
    if (/— (PASS|FAIL)/.test(text)) {
      await waitForIdle(page);
      log(`result: ${text}`);
      return text;
    }
    if (Date.now() > deadline) throw new Error('Run all did not finish in time');
    await page.waitForTimeout(1000);
  }
}

export const DEMOS = [
  {
    name: 'iris',
    title: 'Iris: a 4-10-3 network on a Spark cluster',
    async run(page, { shoot, log }) {
      await openFromGallery(page, /^Iris/, { shoot });
      const result = await runAll(page, {
        log,
        trainingText: 'Loss',
        during: async (training) => {
          await scrollTo(page, training);
          await page.waitForTimeout(1500);
          await shoot('training');
        },
      });
      await scrollTo(page, page.locator('caption', { hasText: 'Confusion matrix' }));
      await shoot('confusion-matrix');
      await scrollTo(page, outputOf(page, 'Test accuracy:'));
      await shoot('result');
      return result;
    },
  },
  {
    name: 'mnist',
    title: 'MNIST: an MLP and a CNN, trained data-parallel',
    async run(page, { shoot, log }) {
      await openFromGallery(page, /^MNIST: an MLP/, { shoot });
      const result = await runAll(page, {
        log,
        trainingText: 'Epoch 2/',
        during: async (training) => {
          await scrollTo(page, training);
          await shoot('training');
        },
      });
      // One truth table per model: the MLP's first, then the CNN's.
      const truthTables = page.locator('table', { has: page.locator('caption', { hasText: 'Confusion matrix' }) });
      await scrollTo(page, truthTables.first());
      await shoot('truth-table');
      await scrollTo(page, outputOf(page, 'test digits misclassified'));
      await shoot('misclassified');
      await shoot('misclassified-grid', outputOf(page, 'test digits misclassified'));
      await scrollTo(page, truthTables.last());
      await shoot('cnn-truth-table');
      await scrollTo(page, outputOf(page, 'CNN test accuracy:'));
      await shoot('result');
      return result;
    },
  },
  {
    name: 'lstm',
    title: 'LSTM forecast: ten days of Seattle weather',
    async run(page, { shoot, log }) {
      await openFromGallery(page, /^LSTM forecast/, { shoot });
      const result = await runAll(page, {
        log,
        trainingText: 'Iter 60/',
        during: async (training) => {
          await scrollTo(page, training);
          await shoot('training');
        },
      });
      const forecast = outputOf(page, 'maximum temperature, test period');
      await scrollTo(page, forecast);
      await shoot('forecast');
      await shoot('forecast-chart', forecast);
      await scrollTo(page, outputOf(page, 'Test MSE:'));
      await shoot('result');
      return result;
    },
  },
  {
    name: 'mnist-sweep',
    title: 'MNIST learning-rate sweep',
    async run(page, { shoot, log }) {
      await openFromGallery(page, /^MNIST learning-rate sweep/, { shoot });
      const result = await runAll(page, {
        log,
        trainingText: 'training…',
        during: async (training) => {
          await scrollTo(page, training);
          await page.waitForTimeout(3000);
          await shoot('training');
        },
      });
      const sweep = page.locator('section[aria-label="Sweep mnist-lr"]').first();
      await scrollTo(page, sweep);
      await shoot('sweep-table');
      await scrollTo(page, sweep.getByRole('figure'));
      await shoot('sweep-chart');
      await scrollTo(page, outputOf(page, 'configurations reused'));
      await shoot('result');
      return result;
    },
  },
];
