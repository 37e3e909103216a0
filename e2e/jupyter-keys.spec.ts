/**
 * Jupyter's keys beyond the basics (e2e/command-mode.spec.ts has those), pressed in the real app:
 * the cell clipboard (C, X, V), undoing a deletion (Z), merging (Shift+M), hiding outputs (O),
 * output scrolling (Shift+O) and a running log's box following its new lines, Alt+Enter, I I and
 * 0 0, the shortcuts dialog (H), Ctrl/Cmd+S, and each cell's run time.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newNotebook } from './helpers/gallery';
import {
  addCodeCell,
  cell,
  cells,
  codeOf,
  editorOf,
  executionCount,
  KERNEL_TIMEOUT,
  output,
  runCell,
  runCode,
  setCellCode,
  waitForIdle,
  waitForSaved,
} from './helpers/notebook';

/** Command mode on cell n: a click on its prompt selects it without entering its editor. */
async function selectCell(page: Page, n: number) {
  await executionCount(page, n).click();
  await expect(cell(page, n)).toBeFocused();
}

/** The lines of a cell's code as the editor shows them. */
async function codeLines(page: Page, n: number): Promise<string[]> {
  const standIn = cell(page, n).locator('[data-editor-stand-in="source"]');
  if (await standIn.count()) return ((await standIn.textContent()) ?? '').split('\n');
  // Monaco positions its line elements by `top`; their order in the DOM need not be the text's.
  const lines = await (
    await editorOf(page, n)
  )
    .locator('.view-line')
    .evaluateAll((els) => els.map((el) => ({ top: parseFloat((el as HTMLElement).style.top) || 0, text: el.textContent ?? '' })));
  return lines.sort((a, b) => a.top - b.top).map((line) => line.text.replace(/\u00a0/g, ' '));
}

/** The outputs' text of every cell, in order. */
async function allOutputs(page: Page): Promise<string[]> {
  const n = await cells(page).count();
  const texts: string[] = [];
  for (let i = 1; i <= n; i++) texts.push((await output(page, i).textContent()) ?? '');
  return texts;
}

test('C, V and Shift+V copy and paste cells with their outputs, X cuts, D D deletes, Z undoes it, Shift+M merges with the cell below', async ({
  page,
}) => {
  await newNotebook(page);
  await runCode(page, 1, "console.log('one')");
  await addCodeCell(page);
  await runCode(page, 2, "console.log('two')");
  await expect.poll(() => allOutputs(page)).toEqual(['one\n', 'two\n']);

  // Copy cell 1, select cell 2, paste below it: the copy keeps its output.
  await selectCell(page, 1);
  await page.keyboard.press('c');
  await page.keyboard.press('j');
  await expect(cell(page, 2)).toBeFocused();
  await page.keyboard.press('v');
  await expect(cells(page)).toHaveCount(3);
  await expect(cell(page, 3)).toBeFocused();
  await expect.poll(() => codeLines(page, 3)).toEqual(["console.log('one')"]);
  await expect.poll(() => allOutputs(page)).toEqual(['one\n', 'two\n', 'one\n']);

  // Cut the pasted cell; the cell above is selected. Shift+V pastes it above that one.
  await page.keyboard.press('x');
  await expect(cells(page)).toHaveCount(2);
  await expect(cell(page, 2)).toBeFocused();
  await page.keyboard.press('Shift+V');
  await expect.poll(() => allOutputs(page)).toEqual(['one\n', 'one\n', 'two\n']);
  await expect(cell(page, 2)).toBeFocused();

  // D D deletes it, Z brings it back where it was, source and output.
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect.poll(() => allOutputs(page)).toEqual(['one\n', 'two\n']);
  await expect(cell(page, 2)).toBeFocused();
  await page.keyboard.press('z');
  await expect.poll(() => allOutputs(page)).toEqual(['one\n', 'one\n', 'two\n']);
  await expect.poll(() => codeLines(page, 2)).toEqual(["console.log('one')"]);
  await expect(executionCount(page, 2)).toHaveText('[1]');

  // Shift+M on cell 2 merges it with cell 3: one cell, both sources with a blank line between, no stale output.
  await page.keyboard.press('Shift+M');
  await expect(cells(page)).toHaveCount(2);
  await expect.poll(() => codeLines(page, 2)).toEqual(["console.log('one')", '', "console.log('two')"]);
  await expect(output(page, 2)).toHaveText('');
  await expect(executionCount(page, 2)).toHaveText('[ ]');
  await runCell(page, 2);
  await expect(output(page, 2)).toHaveText('one\ntwo\n', { timeout: KERNEL_TIMEOUT });
});

test('Alt+Enter runs and adds a cell; the run time shows beside the count; a long output scrolls; O and the output bar hide it, and both survive a reload and export', async ({
  page,
}) => {
  await newNotebook(page);
  await setCellCode(page, 1, "for (let i = 0; i < 300; i++) console.log('line ' + i);");
  await page.keyboard.press('Alt+Enter');
  await expect(cells(page)).toHaveCount(2);
  await expect((await editorOf(page, 2)).getByRole('textbox')).toBeFocused();
  await expect(output(page, 1)).toContainText('line 299', { timeout: KERNEL_TIMEOUT });
  await waitForIdle(page);

  // Colab-style run time beside [1], the finish time in its tooltip.
  const runTime = cell(page, 1).getByLabel(/^Run time /);
  await expect(runTime).toHaveText(/^\d+ ms$|^\d+(\.\d)? s$/);
  await expect(runTime).toHaveAttribute('title', /^Took \d+\.\d{3} s; finished /);

  // 300 lines are taller than the output's box: it scrolls inside it.
  const box = output(page, 1).locator(':scope > div').first();
  const { scrollHeight, clientHeight } = await box.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(clientHeight).toBeLessThanOrEqual(640);
  expect(scrollHeight).toBeGreaterThan(clientHeight * 2);
  await page.screenshot({ path: 'test-results/screens/run-time-and-long-output.png' });

  // O hides cell 1's output, O shows it again.
  await page.keyboard.press('Escape');
  await expect(cell(page, 2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(cell(page, 1)).toBeFocused();
  await page.keyboard.press('o');
  await expect(output(page, 1)).toHaveText(/Output hidden/);
  await expect(output(page, 1)).not.toContainText('line 0');
  await page.keyboard.press('o');
  await expect(output(page, 1)).toContainText('line 0');

  // The bar at the output's left hides it too, as in JupyterLab.
  await cell(page, 1).getByRole('button', { name: 'Hide output' }).click();
  await expect(output(page, 1)).toHaveText(/Output hidden/);
  await expect(cell(page, 1).getByRole('button', { name: 'Show output' })).toHaveAttribute('aria-expanded', 'false');
  await page.screenshot({ path: 'test-results/screens/output-hidden.png' });
  const timeText = await runTime.textContent();

  await waitForSaved(page);
  await page.reload();
  await expect(output(page, 1)).toHaveText(/Output hidden/);
  await expect(cell(page, 1).getByLabel(/^Run time /)).toHaveText(timeText!);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ipynb' }).click();
  const nb = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
  const { metadata } = nb.cells[0];
  expect(metadata.collapsed).toBe(true);
  expect(metadata.jupyter).toEqual({ outputs_hidden: true });
  const took = Date.parse(metadata.execution['shell.execute_reply']) - Date.parse(metadata.execution['iopub.execute_input']);
  expect(took).toBeGreaterThanOrEqual(0);
  expect(nb.cells[0].outputs[0].text.length).toBe(300);
});

test('H opens the keyboard shortcuts, a modal dialog that Esc closes; Ctrl/Cmd+S saves at once, in the editor and in command mode', async ({
  page,
}) => {
  await newNotebook(page);
  // Was the browser's own Ctrl+S ("Save page as") prevented? Recorded after the app's listener ran.
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { saveKeys: boolean[] }).saveKeys = seen;
    document.addEventListener('keydown', (e) => e.key.toLowerCase() === 's' && (e.ctrlKey || e.metaKey) && seen.push(e.defaultPrevented), {
      capture: true,
    });
  });
  const saveKeys = () => page.evaluate(() => (window as unknown as { saveKeys: boolean[] }).saveKeys);
  const status = page.getByRole('status', { name: 'Save status' });

  await setCellCode(page, 1, 'const typed = 1');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(status).toHaveText('Saved in this browser');
  expect(await saveKeys()).toEqual([true]);

  await page.keyboard.press('Escape');
  await expect(cell(page, 1)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+S');
  await expect(status).toHaveText('Saved in this browser');
  expect(await saveKeys()).toEqual([true, true]);

  await page.keyboard.press('h');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(
    dialog.getByRole('table', { name: 'Command mode' }).getByRole('row', { name: /Shift\+M.*Merge the cell with the one below/ }),
  ).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Edit mode' }).getByRole('row', { name: /Alt\+Enter/ })).toBeVisible();
  for (const keys of ['C', 'X', 'V', 'Z', 'O', 'I I', '0 0', 'H', 'D D']) {
    await expect(dialog.getByRole('rowheader', { name: keys, exact: true })).toHaveCount(1);
  }
  // Keys meant for the notebook don't reach it while the dialog is open.
  await page.keyboard.press('b');
  await expect(cells(page)).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/shortcuts-dialog.png' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cell(page, 1)).toBeFocused();

  // The toolbar opens it too.
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(codeOf(page, 1)).toContainText('const typed = 1');
});

test('I I interrupts a running loop; 0 0 restarts the kernel', async ({ page }) => {
  await newNotebook(page);
  await setCellCode(
    page,
    1,
    [
      'for (let i = 0; ; i++) {',
      "  if (i % 10 === 0) console.log('tick ' + i);",
      '  await new Promise((resolve) => setTimeout(resolve, 20));',
      '  checkInterrupt();',
      '}',
    ].join('\n'),
  );
  await runCell(page, 1);
  await expect(output(page, 1)).toContainText('tick 10', { timeout: KERNEL_TIMEOUT });
  await selectCell(page, 1);
  await expect(executionCount(page, 1)).toHaveText('[*]');
  await page.keyboard.press('i');
  await page.keyboard.press('i');
  await expect(output(page, 1)).toContainText('KeyboardInterrupt');
  await waitForIdle(page);
  await expect(executionCount(page, 1)).toHaveText('[1]');

  await addCodeCell(page);
  await runCode(page, 2, "await new Promise((resolve) => setTimeout(resolve, 1500));\nconst before = 1;\n'defined'");
  await expect(output(page, 2)).toHaveText('defined');
  // The run time is the run's: at least the 1.5 s it waited, and not much more.
  const seconds = parseFloat(
    (await cell(page, 2)
      .getByLabel(/^Run time /)
      .textContent()) ?? '',
  );
  test.info().annotations.push({ type: 'run time of a 1.5 s cell', description: `${seconds} s` });
  expect(seconds).toBeGreaterThanOrEqual(1.5);
  expect(seconds).toBeLessThan(4);
  await selectCell(page, 2);
  await page.keyboard.press('0');
  await page.keyboard.press('0');
  await waitForIdle(page);

  // A new kernel: `before` is gone, and the count starts again.
  await addCodeCell(page);
  await runCode(page, 3, 'before + 1');
  await expect(output(page, 3)).toContainText('ReferenceError');
  await expect(executionCount(page, 3)).toHaveText('[1]');
});

/** Where a cell's first output box is scrolled, and how far it could scroll. */
async function scrollOf(page: Page, n: number) {
  return output(page, n)
    .locator(':scope > div')
    .first()
    .evaluate((el) => ({ top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight }));
}
const fromBottom = (box: { top: number; height: number; client: number }) => box.height - box.client - box.top;

test('a running log in its scroll box follows new lines while at the bottom and stays put after scrolling up; Shift+O shows it at full height, kept through reload and export', async ({
  page,
}) => {
  await newNotebook(page);
  // A training-like log: a line every 100 ms, 200 lines (each ~16 px: the 640 px box overflows after ~40).
  await setCellCode(
    page,
    1,
    [
      'for (let step = 0; step < 200; step++) {',
      "  console.log('step ' + step);",
      '  await new Promise((resolve) => setTimeout(resolve, 100));',
      '}',
    ].join('\n'),
  );
  await runCell(page, 1);
  const box = output(page, 1).locator(':scope > div').first();

  // Past the box's height, the box follows the log to its bottom.
  await expect(output(page, 1)).toContainText(/step 50\n/, { timeout: KERNEL_TIMEOUT });
  let now = await scrollOf(page, 1);
  expect(now.top).toBeGreaterThan(0);
  expect(fromBottom(now)).toBeLessThanOrEqual(4);

  // The reader scrolls up to read: new lines arrive below, the box doesn't move.
  await box.hover();
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => fromBottom(await scrollOf(page, 1))).toBeGreaterThan(200);
  const readingAt = (await scrollOf(page, 1)).top;
  const heightThen = (await scrollOf(page, 1)).height;
  await expect(output(page, 1)).toContainText(/step 100\n/, { timeout: KERNEL_TIMEOUT });
  now = await scrollOf(page, 1);
  expect(now.height).toBeGreaterThan(heightThen + 100);
  expect(now.top).toBe(readingAt);
  await expect(executionCount(page, 1)).toHaveText('[*]');

  // Back at the bottom, it follows again.
  await page.mouse.wheel(0, 5_000);
  await expect.poll(async () => fromBottom(await scrollOf(page, 1))).toBeLessThanOrEqual(4);
  const heightBack = (await scrollOf(page, 1)).height;
  await expect.poll(async () => (await scrollOf(page, 1)).height, { timeout: KERNEL_TIMEOUT }).toBeGreaterThan(heightBack + 100);
  expect(fromBottom(await scrollOf(page, 1))).toBeLessThanOrEqual(4);
  await expect(output(page, 1)).toContainText(/step 199\n/, { timeout: KERNEL_TIMEOUT });
  await waitForIdle(page);

  // Shift+O: the whole log at full height, no scroll box; again: back in its box.
  await selectCell(page, 1);
  await expect(box).toHaveAttribute('data-scrolled', 'true');
  await page.keyboard.press('Shift+O');
  await expect(box).toHaveAttribute('data-scrolled', 'false');
  now = await scrollOf(page, 1);
  expect(now.client).toBe(now.height);
  expect(now.client).toBeGreaterThan(640 * 2);
  await page.screenshot({ path: 'test-results/screens/output-scrolling-off.png', fullPage: true });
  await page.keyboard.press('Shift+O');
  await expect(box).toHaveAttribute('data-scrolled', 'true');
  expect((await scrollOf(page, 1)).client).toBeLessThanOrEqual(640);
  await page.screenshot({ path: 'test-results/screens/output-scrolling-on.png', fullPage: true });

  // Off again, it stays off after a reload, and the export says so as Jupyter does.
  await page.keyboard.press('Shift+O');
  await expect(box).toHaveAttribute('data-scrolled', 'false');
  await waitForSaved(page);
  await page.reload();
  await expect(output(page, 1).locator(':scope > div').first()).toHaveAttribute('data-scrolled', 'false');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ipynb' }).click();
  const nb = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
  expect(nb.cells[0].metadata.scrolled).toBe(false);
});
