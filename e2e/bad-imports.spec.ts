import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, myNotebookTitles, newNotebook, openGallery, type FileToImport } from './helpers/gallery';
import { waitForSaved } from './helpers/notebook';

const validCell = (id: string) => ({ id, cell_type: 'code', source: '1 + 1', metadata: {}, outputs: [], execution_count: null });
const notebookWith = (cells: unknown[]) => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
  cells,
});

const badFiles: { story: string; file: FileToImport; alert: RegExp }[] = [
  { story: 'a file that is not JSON', file: ipynbFile('notes.ipynb', 'this is { not json'), alert: /"notes\.ipynb" is not valid JSON/ },
  { story: 'JSON that is not a notebook', file: ipynbFile('data.ipynb', { rows: [1, 2, 3] }), alert: /is JSON but not a Jupyter notebook/ },
  {
    story: 'an nbformat 3 notebook',
    file: ipynbFile('old.ipynb', { nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [{ cells: [] }] }),
    alert: /nbformat 3 notebooks can't be opened/,
  },
  {
    story: 'a notebook whose cell ids repeat',
    file: ipynbFile('twins.ipynb', notebookWith([validCell('same'), validCell('other'), validCell('same')])),
    alert: /cell id "same" appears twice \(cells 1 and 3\)/,
  },
];

test.describe('a file that is not a notebook is refused with an explanation, and nothing is created', () => {
  test.beforeEach(async ({ page }) => {
    // One notebook of the user's own, to check that the list stays as it was.
    await newNotebook(page);
    await page.getByRole('textbox', { name: 'Notebook title' }).fill('Mine');
    await waitForSaved(page);
    await openGallery(page);
    await expect.poll(() => myNotebookTitles(page)).toEqual(['Mine']);
  });

  test('not JSON, not a notebook, nbformat 3, duplicate cell ids', async ({ page }) => {
    for (const { story, file, alert } of badFiles) {
      await test.step(story, async () => {
        await importFile(page, file);
        await expect(page.getByRole('alert').filter({ hasText: alert })).toBeVisible();
        await expect(page).toHaveURL(/\/$/);
        expect(await myNotebookTitles(page)).toEqual(['Mine']);
      });
    }
    await page.screenshot({ path: 'test-results/screens/bad-import.png' });
    // Nothing was written behind the list's back either.
    await page.reload();
    await expect.poll(() => myNotebookTitles(page)).toEqual(['Mine']);
  });

  test('a 51 MB file is refused before it is read', async ({ page }, testInfo) => {
    // Playwright sends in-memory buffers over its protocol only up to 50 MB, so this one goes via disk.
    const path = testInfo.outputPath('huge.ipynb');
    await writeFile(path, Buffer.alloc(51 * 1024 * 1024, ' '));
    await page.getByTestId('import-input').setInputFiles(path);
    await expect(
      page.getByRole('alert').filter({ hasText: /"huge\.ipynb" is 51 MB; notebooks up to 50 MB can be imported/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    expect(await myNotebookTitles(page)).toEqual(['Mine']);
    await page.reload();
    await expect.poll(() => myNotebookTitles(page)).toEqual(['Mine']);
  });
});
