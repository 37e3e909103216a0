import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { cell, cells, codeOf, editorOf, setCellCode } from './helpers/notebook';

test('Jupyter command mode: Esc, then B adds a cell below, DD deletes it, M makes Markdown, Y code', async ({ page }) => {
  await newNotebook(page);
  await setCellCode(page, 1, '# Title');

  await page.keyboard.press('Escape');
  await expect(cell(page, 1)).toBeFocused();

  await page.keyboard.press('b');
  await expect(cells(page)).toHaveCount(2);
  // The new cell is ready for typing.
  await expect((await editorOf(page, 2)).getByRole('textbox')).toBeFocused();
  await page.keyboard.type('const second = 2');
  await page.keyboard.press('Escape');
  await expect(cell(page, 2)).toBeFocused();

  await page.keyboard.press('a');
  await expect(cells(page)).toHaveCount(3);
  await expect(codeOf(page, 3)).toContainText('const second = 2');
  await page.keyboard.press('Escape');
  await expect(cell(page, 2)).toBeFocused();

  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(cells(page)).toHaveCount(2);
  await expect(codeOf(page, 2)).toContainText('const second = 2');

  // Select cell 1 with ↑ and turn it into Markdown: it renders as a heading once run.
  await cell(page, 2)
    .getByLabel(/^Execution count/)
    .click();
  await expect(cell(page, 2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell(page, 1)).toBeFocused();
  await page.keyboard.press('m');
  await expect(cell(page, 1)).toHaveAttribute('data-cell-type', 'markdown');
  await page.keyboard.press('Shift+Enter');
  await expect(cell(page, 1).getByRole('heading', { name: 'Title' })).toBeVisible();

  // Y turns it back into code; Enter edits it.
  await cell(page, 1).getByRole('heading', { name: 'Title' }).click();
  await page.keyboard.press('y');
  await expect(cell(page, 1)).toHaveAttribute('data-cell-type', 'code');
  await page.keyboard.press('Enter');
  await expect((await editorOf(page, 1)).getByRole('textbox')).toBeFocused();
});
