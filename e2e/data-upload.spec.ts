/**
 * Your own data as a user meets it: upload a CSV through the picker on /data and see it listed
 * with its size and a preview; refuse a ragged CSV and a non-UTF-8 one with messages naming the
 * row and the byte, storing nothing; drop a JSON file; load the CSV in a notebook cell with
 * datasets.csv; delete it from the notebook's Data panel and see the cell say it is gone.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import { output, runCode } from './helpers/notebook';

const CSV = 'height,weight,group\n1.52,60,a\n1.70,72,b\n1.81,80,b\n';
const RAGGED = 'a,b,c\n1,2,3\n4,5,6\n7,8\n';

async function openData(page: Page) {
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** Alerts the page shows (Next's empty route announcer is an alert too). */
function alerts(page: Page) {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

async function pick(page: Page, name: string, content: string | Buffer, mimeType = 'text/csv') {
  await page
    .getByLabel('Data files to upload')
    .first()
    .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

/** Drops a file on the drop zone as a drag from the desktop would. */
async function drop(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    [name, content] as const,
  );
  const zone = page.getByRole('button', { name: 'Upload data' }).locator('..');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test.describe('Your own data', () => {
  test.describe.configure({ timeout: 180_000 });

  test('upload on /data, use in a notebook, refuse bad files, delete', async ({ page }) => {
    await openData(page);
    await expect(page.getByText('No data uploaded yet')).toBeVisible();

    // A CSV through the picker: listed with its size, shape and a preview of its first rows.
    await pick(page, 'my-measurements.csv', CSV);
    await expect(page.getByRole('status').filter({ hasText: 'Uploaded my-measurements.csv' })).toContainText(
      `Uploaded my-measurements.csv (${CSV.length} B). Load it in a cell with await datasets.csv('my-measurements.csv').`,
    );
    const item = page.getByRole('listitem', { name: 'my-measurements.csv' });
    await expect(item).toContainText(`${CSV.length} B · 3 rows × 3 columns`);
    const preview = page.getByRole('table', { name: 'Preview of my-measurements.csv' });
    await expect(preview.getByRole('columnheader')).toHaveText(['height', 'weight', 'group']);
    await expect(preview.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1.52', '60', 'a']);

    // A ragged CSV: refused, naming the row, and nothing stored.
    await pick(page, 'ragged.csv', RAGGED);
    await expect(alerts(page)).toContainText(
      'ragged.csv was not uploaded: ragged.csv: row 3 (line 4 of the file) has 2 fields, but the header has 3 (a, b, c).',
    );
    // Text that isn't UTF-8 (Windows-1252's é): refused, naming the byte.
    await pick(page, 'cafes.csv', Buffer.from([...Buffer.from('name\ncaf'), 0xe9, 0x0a]));
    await expect(alerts(page)).toContainText('cafes.csv is not UTF-8 text: byte 8 (line 2) is 0xE9');
    await expect(page.getByRole('listitem', { name: 'ragged.csv' })).toHaveCount(0);
    await expect(page.getByRole('listitem', { name: 'cafes.csv' })).toHaveCount(0);

    // A JSON file dropped on the page.
    await drop(page, 'settings.json', '{"epochs": 5, "lr": 0.05}');
    await expect(page.getByRole('listitem', { name: 'settings.json' })).toContainText('an object with keys epochs, lr');
    await expect(page.getByRole('listitem')).toHaveCount(2);
    await page.screenshot({ path: test.info().outputPath('data-page.png'), fullPage: true });

    // Any notebook loads it by name.
    await newNotebook(page);
    await runCode(
      page,
      1,
      `const rows = await datasets.csv('my-measurements.csv');
const settings = await datasets.json('settings.json');
\`\${rows.length} rows, mean weight \${(rows.reduce((s, r) => s + Number(r.weight), 0) / rows.length).toFixed(1)}, epochs \${settings.epochs}\``,
    );
    await expect(output(page, 1)).toContainText('3 rows, mean weight 70.7, epochs 5');

    // The Data panel beside the notebook lists the same files; delete one there.
    await page.locator('summary').filter({ hasText: 'Data' }).click();
    const panel = page.getByRole('complementary', { name: 'Data' });
    await expect(panel.getByRole('listitem', { name: 'my-measurements.csv' })).toContainText(`${CSV.length} B · 3 rows × 3 columns`);
    await expect(panel).toContainText("await datasets.csv('my-measurements.csv')");
    await page.screenshot({ path: test.info().outputPath('data-panel.png') });
    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: 'Delete my-measurements.csv' }).click();
    await expect(panel.getByRole('status')).toHaveText('Deleted my-measurements.csv.');
    await expect(panel.getByRole('listitem', { name: 'my-measurements.csv' })).toHaveCount(0);

    // The cell now says the file is gone, and where to upload it.
    await runCode(page, 1, `await datasets.csv('my-measurements.csv')`);
    await expect(output(page, 1)).toContainText(
      'There is no uploaded or shipped file named "my-measurements.csv". Uploaded: settings.json. Upload it in the Data panel',
    );

    await openData(page);
    await expect(page.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('listitem', { name: 'settings.json' })).toBeVisible();
  });
});
