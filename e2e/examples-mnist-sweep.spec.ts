import { test, expect } from './fixtures';
import { numberAfter, openExample, runAllForResult } from './helpers/examples';

test('the MNIST sweep example trains 18 configurations (accuracy rises with the rate, then collapses) and a second Run all reuses them all', async ({
  page,
}) => {
  test.setTimeout(900_000);
  await openExample(page, /^MNIST learning-rate sweep/);

  const first = await runAllForResult(page, 300_000);
  console.log(`mnist sweep, first run: ${first.result} (${first.seconds.toFixed(0)} s)`);
  expect(first.result).toContain('PASS');
  expect(first.result).toContain('0 of 18 configurations reused, 18 trained');
  expect(numberAfter(first.result, 'test accuracy')).toBeGreaterThanOrEqual(0.9);
  const table = page.getByRole('table', { name: 'Sweep mnist-lr' });
  await expect(table.getByRole('row')).toHaveCount(19);
  await page.locator('section[aria-label="Sweep mnist-lr"]').first().screenshot({ path: 'test-results/screens/mnist-sweep.png' });

  const second = await runAllForResult(page, 120_000);
  console.log(`mnist sweep, rerun: ${second.result} (${second.seconds.toFixed(0)} s)`);
  expect(second.result).toContain('18 of 18 configurations reused, 0 trained');
  expect(second.seconds).toBeLessThan(first.seconds / 3);

  // The sweep is on the Experiments page, with links to each configuration's job and model.
  await page.goto('/experiments');
  const experiment = page.getByRole('table', { name: 'Sweep mnist-lr' }).first();
  await expect(experiment.getByRole('row')).toHaveCount(19);
  await page.screenshot({ path: 'test-results/screens/experiments.png' });
  await experiment.getByRole('link', { name: /model/i }).first().click();
  await expect(page).toHaveURL(/\/models\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('mnist-lr/');
});
