import { test, expect } from './fixtures';
import { importFile, ipynbFile, newNotebook, openGallery } from './helpers/gallery';
import { cell, cells, setCellCode } from './helpers/notebook';
import type { Locator, Page } from '@playwright/test';

const MALICIOUS = [
  '# Notes',
  '',
  '<script>window.__pwned = 1</script>',
  '',
  '<img src=x onerror="window.__pwned = 1">',
  '',
  '[click](javascript:window.__pwned=1)',
  '',
  'Energy: $x^2$',
].join('\n');

async function expectInert(page: Page, rendered: Locator) {
  await expect(rendered.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(rendered.locator('.katex').first()).toBeVisible();
  await expect(rendered.locator('script')).toHaveCount(0);
  await expect(rendered.locator('[onerror]')).toHaveCount(0);
  await expect(rendered.locator('img[src="x"]')).toHaveCount(0);
  await expect(rendered.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // The link text stays, harmless: clicking it does nothing.
  const link = rendered.getByText('click', { exact: true });
  await expect(link).toBeVisible();
  await link.click();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

test('a Markdown cell with script, onerror and javascript: renders inert, and math renders with KaTeX', async ({ page }) => {
  await newNotebook(page);
  await page.getByRole('button', { name: 'Add markdown cell' }).click();
  await expect(cells(page)).toHaveCount(2);
  const md = cell(page, 2);
  await expect(md).toHaveAttribute('data-cell-type', 'markdown');
  await setCellCode(page, 2, MALICIOUS);
  await md.getByRole('button', { name: 'Run cell' }).click();
  await expectInert(page, md);
  await page.screenshot({ path: 'test-results/screens/markdown.png' });
});

test('the same Markdown in an imported notebook is inert as soon as it opens', async ({ page }) => {
  await openGallery(page);
  await importFile(
    page,
    ipynbFile('shared.ipynb', {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
      cells: [{ id: 'md', cell_type: 'markdown', metadata: {}, source: MALICIOUS }],
    }),
  );
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await expectInert(page, cell(page, 1));
});
