import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { cell, codeOf, executionCount, openEditor, output, runCell, waitForIdle, waitForSaved } from './helpers/notebook';

test('a reload keeps what was typed, and outputs once the cell has run', async ({ page }) => {
  await newNotebook(page);
  await page.getByRole('textbox', { name: 'Notebook title' }).fill('Saved work');

  await openEditor(page, 1);
  await page.keyboard.type('const saved = 40');
  // Autosave promises "within a second" of an edit.
  await page.waitForTimeout(1200);
  await page.reload();

  await expect(codeOf(page, 1)).toContainText('const saved = 40');
  await expect(page.getByRole('textbox', { name: 'Notebook title' })).toHaveValue('Saved work');
  await waitForIdle(page);

  // Clicked and typed at once: what is typed while the editor loads is kept.
  await cell(page, 1).getByLabel('Code of cell 1', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('; saved + 2');
  await runCell(page, 1);
  await expect(output(page, 1)).toHaveText('42');
  await waitForSaved(page);
  await page.reload();

  await expect(codeOf(page, 1)).toContainText('const saved = 40; saved + 2');
  await expect(output(page, 1)).toHaveText('42');
  await expect(executionCount(page, 1)).toHaveText('[1]');
  await expect(cell(page, 1)).toBeVisible();

  // The gallery lists it under its title.
  await page.getByRole('link', { name: 'Notebooks' }).click();
  await expect(page.getByRole('list', { name: 'My notebooks' }).getByRole('link')).toHaveText(['Saved work']);
});

test('an edit typed just before a reload is not lost', async ({ page }) => {
  await newNotebook(page);
  await openEditor(page, 1);
  await page.keyboard.type('const lastMinute = 1');
  // No waiting for the autosave's debounce: the page saves (and mirrors a draft) as it goes away.
  await page.reload();
  await expect(codeOf(page, 1)).toContainText('const lastMinute = 1');
  // Once restored it is stored for good: a second reload still has it.
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(codeOf(page, 1)).toContainText('const lastMinute = 1');
});
