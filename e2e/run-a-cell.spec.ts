import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { cell, cells, editorOf, executionCount, kernelStatus, output, waitForIdle } from './helpers/notebook';

test('create a notebook from the gallery, type TypeScript, run it and see 42 with [1]', async ({ page }) => {
  await newNotebook(page);
  await expect(kernelStatus(page)).toHaveText('Kernel idle · wasm');
  await expect(executionCount(page, 1)).toHaveText('[ ]');

  // Typed key by key, as a user would (nothing here that Monaco auto-closes), from the moment the
  // cell's code is clicked: the editor loads meanwhile, and what is typed before it is ready is kept.
  await cell(page, 1).getByLabel('Code of cell 1', { exact: true }).click();
  await page.keyboard.type('const x: number = 21; x * 2');
  await expect((await editorOf(page, 1)).getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Shift+Enter');

  await expect(output(page, 1)).toHaveText('42');
  await expect(executionCount(page, 1)).toHaveText('[1]');
  await waitForIdle(page);
  // Shift+Enter on the last cell runs it and moves on to a new cell below, ready for typing.
  await expect(cells(page)).toHaveCount(2);
  await expect((await editorOf(page, 2)).getByRole('textbox')).toBeFocused();

  // Ctrl+Enter runs in place.
  await page.keyboard.type('x + 1');
  await page.keyboard.press('Control+Enter');
  await expect(output(page, 2)).toHaveText('22');
  await expect(executionCount(page, 2)).toHaveText('[2]');
  await expect(cells(page)).toHaveCount(2);
  await expect(cell(page, 1)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/first-run.png' });
});
