import { test, expect } from './fixtures';
import { myNotebookTitles, newNotebook, openGallery } from './helpers/gallery';
import { cell, executionCount, kernelStatus, output, runCode, waitForIdle } from './helpers/notebook';

/** A cell whose output would change if it ran again: the time it ran. */
const SENDER_CODE = 'const ranAt = Date.now();\nconsole.log(`ran at ${ranAt}`);\n6 * 7';

test('Share copies a link that opens the notebook unrun, with a banner, and Save a copy keeps it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newNotebook(page);
  await page.getByRole('textbox', { name: 'Notebook title' }).fill('Shared demo');
  await runCode(page, 1, SENDER_CODE);
  const sentOutput = await output(page, 1).textContent();
  expect(sentOutput).toMatch(/ran at \d+/);
  const senderUrl = page.url();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/shared#nb=[A-Za-z0-9+$-]+$/);

  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.getByText('Shared notebook — not run yet')).toBeVisible();
  await expect(reader.getByRole('textbox', { name: 'Notebook title' })).toHaveValue('Shared demo');
  await waitForIdle(reader);
  // Nothing ran: the sender's output and execution count, unchanged after the kernel settled.
  await expect(output(reader, 1)).toHaveText(sentOutput!);
  await expect(executionCount(reader, 1)).toHaveText('[1]');
  await reader.waitForTimeout(1500);
  await expect(output(reader, 1)).toHaveText(sentOutput!);
  await expect(kernelStatus(reader)).toHaveText(/Kernel idle/);
  await expect(cell(reader, 1)).toContainText('const ranAt = Date.now();');

  // Opening a link keeps nothing: My notebooks still lists only the sender's notebook.
  await openGallery(page);
  expect(await myNotebookTitles(page)).toEqual(['Shared demo']);

  await reader.getByRole('button', { name: 'Save a copy' }).click();
  await reader.waitForURL(/\/notebooks\/[^/#]+$/);
  expect(reader.url()).not.toBe(senderUrl);
  await expect(reader.getByText('Shared notebook — not run yet')).toHaveCount(0);
  await expect(output(reader, 1)).toHaveText(sentOutput!);

  await openGallery(page);
  expect(await myNotebookTitles(page)).toEqual(['Shared demo', 'Shared demo']);
});

test('when the clipboard refuses, the link is shown to copy by hand, and it opens', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await newNotebook(page);
  await runCode(page, 1, "const greeting = 'hello from a hand-copied link';\ngreeting");
  await expect(output(page, 1)).toContainText('hello from a hand-copied link');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the share link' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(link);
  await expect(page.getByText('Shared notebook — not run yet')).toBeVisible();
  await expect(output(page, 1)).toContainText('hello from a hand-copied link');
});

test('a damaged or cut share link says so', async ({ page }) => {
  // Next.js keeps an empty role="alert" route announcer on every page; ours is the one with text.
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await page.goto('/shared#nb=N4IgdghgtgpiBcIBi');
  await expect(alert).toContainText('This shared notebook can’t be opened');
  await expect(alert).toContainText('damaged or incomplete');
  await page.goto('/shared');
  await expect(alert).toContainText('no notebook in it');
});
