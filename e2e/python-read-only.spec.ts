import { test, expect } from './fixtures';
import { importFile, ipynbFile, openGallery } from './helpers/gallery';
import { cell, cells, codeOf, editorOf, executionCount, kernelStatus, output } from './helpers/notebook';

const pythonNotebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {
    kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
    language_info: { name: 'python', version: '3.12.0' },
  },
  cells: [
    { id: 'intro', cell_type: 'markdown', metadata: {}, source: ['# Iris in Keras\n', 'Trained with **TensorFlow**.'] },
    {
      id: 'train',
      cell_type: 'code',
      metadata: {},
      execution_count: 3,
      source: ['import sys\n', "print('trained on', sys.version)"],
      outputs: [{ output_type: 'stream', name: 'stdout', text: ['trained on 3.12.0\n'] }],
    },
  ],
};

test('a Python notebook opens read-only, says why, and runs nothing', async ({ page }) => {
  await openGallery(page);
  await importFile(page, ipynbFile('iris-keras.ipynb', pythonNotebook));
  await page.waitForURL(/\/notebooks\/[^/]+$/);

  await expect(page.getByRole('note')).toContainText(/python/i);
  await expect(page.getByRole('note')).toContainText('read-only');
  await expect(kernelStatus(page)).toHaveText(/No kernel \(python is read-only\)/);

  await expect(cells(page)).toHaveCount(2);
  await expect(cell(page, 1).getByRole('heading', { name: 'Iris in Keras' })).toBeVisible();
  await expect(codeOf(page, 2)).toContainText("print('trained on', sys.version)");

  // Nothing can run: the code cell's Run and the toolbar's Run all are disabled...
  await expect(cell(page, 2).getByRole('button', { name: 'Run cell' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Run all' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Restart kernel' })).toBeDisabled();
  // ...and the editor won't take edits.
  await cell(page, 2).getByLabel('Code of cell 2', { exact: true }).click();
  await page.keyboard.type('zzz');
  await (await editorOf(page, 2)).locator('.view-lines').click();
  await page.keyboard.type('zzz');
  await page.keyboard.press('Shift+Enter');
  await expect(codeOf(page, 2)).not.toContainText('zzz');

  // Nothing ran: the saved output and execution count are as they were in the file.
  await expect(output(page, 2)).toHaveText('trained on 3.12.0');
  await expect(executionCount(page, 2)).toHaveText('[3]');
  await expect(cells(page)).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/python-read-only.png' });
});
