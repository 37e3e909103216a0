import { test, expect } from './fixtures';
import { numberAfter, openExample, runAllForResult } from './helpers/examples';

test('the MNIST example trains the 784-500-100-10 MLP data-parallel to test accuracy ≥ 0.92, with the truth table and the misclassified digits', async ({ page }) => {
  test.setTimeout(600_000);
  await openExample(page, /^MNIST/);

  const { result, seconds } = await runAllForResult(page, 570_000);
  console.log(`mnist: ${result} (${seconds.toFixed(0)} s)`);
  expect(result).toContain('PASS');
  expect(numberAfter(result, 'Test accuracy:')).toBeGreaterThanOrEqual(0.92);

  const confusion = page.locator('table', { has: page.locator('caption', { hasText: 'Confusion matrix' }) });
  await expect(confusion).toHaveCount(1);
  // Ten rows and columns, one per digit, and 2,000 test digits in all.
  const counts = (await confusion.locator('tbody td').allTextContents()).map(Number).filter((n) => Number.isFinite(n));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);

  // The grids of digits are images (the first training digits, then the misclassified ones).
  const images = page.getByRole('img', { name: 'Cell output' });
  await expect(images).toHaveCount(2);
  const wrong = images.nth(1);
  await wrong.scrollIntoViewIfNeeded();
  const size = await wrong.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size[0]).toBeGreaterThan(200);
  expect(size[1]).toBeGreaterThan(50);
  const misclassified = page.getByRole('region', { name: /^Output of cell/ }).filter({ hasText: 'test digits misclassified' });
  await expect(misclassified).toContainText(/\d+ of 2000 test digits misclassified/);
});
