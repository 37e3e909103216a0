/** Jupyter's own nbformat 4.99 test notebook opens with a warning, as Jupyter opens it. */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, openGallery } from './helpers/gallery';
import { cell, cells, output, waitForSaved } from './helpers/notebook';

test('a notebook of a newer nbformat minor version opens with a warning that can be dismissed', async ({ page }) => {
  // Playwright runs from the repository root; the file is the unit tests' fixture.
  const text = await readFile('lib/notebook/fixtures/test4plus.ipynb', 'utf8');
  await openGallery(page);
  await importFile(page, ipynbFile('test4plus.ipynb', text));
  await page.waitForURL(/\/notebooks\/[^/]+$/);

  const notes = page.getByRole('region', { name: 'Notes on the imported file' });
  await expect(notes).toContainText('This notebook is nbformat 4.99, newer than the 4.5 Sparkbook fully supports');
  await expect(notes.getByRole('listitem')).toHaveText([
    'Cell 10: unknown cell type "future cell", opened as a raw cell.',
    'Cell 11, output 2: unknown output type "future output", replaced by a note.',
  ]);
  await expect(cells(page)).toHaveCount(11);
  await expect(cell(page, 1).getByRole('heading', { name: 'nbconvert latex test' })).toBeVisible();
  await expect(output(page, 11)).toContainText('hello again');
  await expect(output(page, 11)).toContainText('An output of type "future output" from a newer notebook format');
  await page.screenshot({ path: 'test-results/screens/newer-nbformat.png', fullPage: true });

  await notes.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notes).toHaveCount(0);
  await waitForSaved(page);
  await page.reload();
  await expect(cells(page)).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Notes on the imported file' })).toHaveCount(0);
});
