import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, myNotebookTitles, newNotebook, openGallery } from './helpers/gallery';
import { cell, cells, codeOf, executionCount, output, runCode, setCellCode } from './helpers/notebook';

test('Export .ipynb writes nbformat 4.5, and importing that file gives back the same notebook', async ({ page }) => {
  await newNotebook(page);
  await page.getByRole('textbox', { name: 'Notebook title' }).fill('Round trip');
  await runCode(page, 1, "const answer: number = 42;\nconsole.log('logged');\nanswer");
  await expect(output(page, 1)).toContainText('logged');
  await expect(output(page, 1)).toContainText('42');

  await cell(page, 1).hover();
  await cell(page, 1).getByRole('button', { name: 'Insert markdown cell below' }).click();
  await expect(cells(page)).toHaveCount(2);
  await setCellCode(page, 2, '# Results\n\nThe answer is **42**.');
  await cell(page, 2).getByRole('button', { name: 'Run cell' }).click();
  await expect(cell(page, 2).getByRole('heading', { name: 'Results' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ipynb' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Round trip.ipynb');
  const text = await readFile((await download.path())!, 'utf8');

  const nb = JSON.parse(text);
  expect(nb.nbformat).toBe(4);
  expect(nb.nbformat_minor).toBe(5);
  expect(nb.metadata.kernelspec.language).toBe('typescript');
  expect(nb.cells.map((c: { cell_type: string }) => c.cell_type)).toEqual(['code', 'markdown']);
  const [code, markdown] = nb.cells;
  expect([code.source].flat().join('')).toBe("const answer: number = 42;\nconsole.log('logged');\nanswer");
  expect(code.execution_count).toBe(1);
  expect(code.outputs.map((o: { output_type: string }) => o.output_type)).toEqual(['stream', 'execute_result']);
  expect([markdown.source].flat().join('')).toContain('# Results');
  for (const c of nb.cells) expect(c.id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);

  await openGallery(page);
  expect(await myNotebookTitles(page)).toEqual(['Round trip']);
  const exportedUrl = page.url();
  await importFile(page, ipynbFile('Round trip.ipynb', text));
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  expect(page.url()).not.toBe(exportedUrl);

  await expect(page.getByRole('textbox', { name: 'Notebook title' })).toHaveValue('Round trip');
  await expect(cells(page)).toHaveCount(2);
  await expect(codeOf(page, 1)).toContainText('const answer: number = 42;');
  await expect(output(page, 1)).toContainText('logged');
  await expect(output(page, 1)).toContainText('42');
  await expect(executionCount(page, 1)).toHaveText('[1]');
  await expect(cell(page, 2).getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(cell(page, 2)).toContainText('The answer is 42.');

  await openGallery(page);
  expect((await myNotebookTitles(page)).sort()).toEqual(['Round trip', 'Round trip']);
});
