import { test, expect } from './fixtures';
import { numberAfter, openExample, runAllForResult } from './helpers/examples';
import { cells, output } from './helpers/notebook';
import { workersPanel } from './helpers/cluster';

test('the Iris example runs top to bottom on two executors and reaches test accuracy ≥ 0.93', async ({ page }) => {
  test.setTimeout(240_000);
  await openExample(page, /^Iris/);
  await expect(page.getByRole('textbox', { name: 'Notebook title' })).toHaveValue(/^Iris/);

  const { result, seconds } = await runAllForResult(page, 200_000);
  console.log(`iris: ${result} (${seconds.toFixed(0)} s)`);
  expect(result).toContain('PASS');
  expect(numberAfter(result, 'Test accuracy:')).toBeGreaterThanOrEqual(0.93);

  // The evaluation cell (the one before the last) shows the confusion matrix and the report.
  const evaluation = output(page, (await cells(page).count()) - 1);
  await expect(evaluation.locator('caption', { hasText: 'Confusion matrix' })).toBeVisible();
  await expect(evaluation.locator('caption', { hasText: 'Classification report' })).toBeVisible();
  await expect(evaluation.getByRole('columnheader', { name: 'virginica' }).first()).toBeVisible();
  // Both executors trained.
  for (const row of await workersPanel(page).locator('tbody tr[data-status="idle"]').all()) {
    expect(Number(await row.locator('td').nth(3).textContent())).toBeGreaterThan(0);
  }
});
