import { test, expect } from './fixtures';
import { numberAfter, openExample, runAllForResult } from './helpers/examples';

test('the MNIST example trains the 784-500-100-10 MLP (test accuracy ≥ 0.92) and a CNN on WASM (≥ 0.96) data-parallel, with truth tables and the misclassified digits', async ({
  page,
}) => {
  test.setTimeout(900_000);
  await openExample(page, /^MNIST: an MLP/);

  const { result, seconds } = await runAllForResult(page, 870_000);
  console.log(`mnist: ${result} (${seconds.toFixed(0)} s)`);
  expect(result).toContain('PASS');
  expect(numberAfter(result, 'MLP test accuracy:')).toBeGreaterThanOrEqual(0.92);
  expect(numberAfter(result, 'CNN test accuracy:')).toBeGreaterThanOrEqual(0.96);

  // One truth table per model: ten rows and columns, one per digit, and 2,000 test digits in all.
  const confusion = page.locator('table', { has: page.locator('caption', { hasText: 'Confusion matrix' }) });
  await expect(confusion).toHaveCount(2);
  for (const table of await confusion.all()) {
    const counts = (await table.locator('tbody td').allTextContents()).map(Number).filter((n) => Number.isFinite(n));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);
  }

  // The grids of digits are images (the first training digits, then the misclassified ones).
  // Each grid's alt text is its size and its labels.
  const images = page.getByRole('img', { name: /^\d+ images of 28×28: / });
  await expect(images).toHaveCount(2);
  const wrong = images.nth(1);
  await wrong.scrollIntoViewIfNeeded();
  const size = await wrong.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size[0]).toBeGreaterThan(200);
  expect(size[1]).toBeGreaterThan(50);
  const misclassified = page.getByRole('region', { name: /^Output of cell/ }).filter({ hasText: 'test digits misclassified' });
  await expect(misclassified).toContainText(/\d+ of 2000 test digits misclassified/);
});
