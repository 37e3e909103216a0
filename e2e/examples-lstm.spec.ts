import { test, expect } from './fixtures';
import { numberAfter, openExample, runAllForResult } from './helpers/examples';
import { cells, output } from './helpers/notebook';

test('the LSTM forecast example beats the naive forecast by ≥ 25% in test MSE, printing the loss every 10 steps', async ({ page }) => {
  test.setTimeout(480_000);
  await openExample(page, /^LSTM forecast/);

  const { result, seconds } = await runAllForResult(page, 450_000);
  console.log(`lstm: ${result} (${seconds.toFixed(0)} s)`);
  expect(result).toContain('PASS');
  const modelMse = numberAfter(result, 'Test MSE:');
  const naiveMse = numberAfter(result, 'naive forecast:');
  expect(modelMse).toBeLessThanOrEqual(0.75 * naiveMse);

  // The training cell printed the loss every 10 steps…
  const training = page.getByRole('region', { name: /^Output of cell/ }).filter({ hasText: 'Iter 10/' });
  await expect(training).toContainText(/Iter 10\/\d+ \(epoch 1\): loss: [\d.]+/);
  await expect(training).toContainText(/Iter 20\/\d+/);
  // …and the forecast is charted against the actual values.
  const last = await cells(page).count();
  const forecastCell = page.getByRole('region', { name: /^Output of cell/ }).filter({ hasText: 'maximum temperature, test period' });
  await expect(forecastCell.locator('figure canvas').first()).toBeVisible();
  await expect(output(page, last)).toContainText('% lower');
});
