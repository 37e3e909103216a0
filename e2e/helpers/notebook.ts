/**
 * How a user drives a notebook, in the words of its accessible names: cells are regions named
 * "Cell N", their outputs "Output of cell N", the kernel's state a status named "Kernel status".
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Training and kernel start can take a while on two CPU cores. */
export const KERNEL_TIMEOUT = 30_000;

export function cell(page: Page, n: number): Locator {
  return page.getByRole('region', { name: `Cell ${n}`, exact: true });
}

export function output(page: Page, n: number): Locator {
  return page.getByRole('region', { name: `Output of cell ${n}`, exact: true });
}

export function kernelStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Kernel status' });
}

/** All the cells, in order. */
export function cells(page: Page): Locator {
  return page.getByRole('region', { name: /^Cell \d+$/ });
}

/** Waits until every change is in IndexedDB: outputs are not in the draft mirrored on unload, so a reload before this may drop them. */
export async function waitForSaved(page: Page) {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved in this browser');
}

export async function waitForIdle(page: Page, timeout = KERNEL_TIMEOUT) {
  await expect(kernelStatus(page)).toHaveText(/Kernel idle/, { timeout });
}

/**
 * The cell's source as the page shows it: the read-only stand-in until the cell is edited, then
 * Monaco's lines (which draw spaces as no-break spaces).
 */
export function codeOf(page: Page, n: number): Locator {
  return cell(page, n).locator('[data-editor-stand-in="source"], .monaco-editor .view-lines').first();
}

/**
 * The cell's Monaco editor, once it has taken over from the stand-in. Monaco loads only when the
 * reader edits, so something must have asked for it: a click (openEditor), Enter in command mode,
 * a new cell.
 */
export async function editorOf(page: Page, n: number): Promise<Locator> {
  const editor = cell(page, n).locator('.monaco-editor');
  await expect(cell(page, n).locator('[data-editor-stand-in]')).toHaveCount(0, { timeout: KERNEL_TIMEOUT });
  await expect(editor).toBeVisible({ timeout: KERNEL_TIMEOUT });
  return editor;
}

/** Clicks the cell's code, as a reader who wants to edit it does, and waits for its editor. */
export async function openEditor(page: Page, n: number): Promise<Locator> {
  const standIn = cell(page, n).locator('[data-editor-stand-in="source"]');
  if (await standIn.count()) await cell(page, n).getByLabel(`Code of cell ${n}`, { exact: true }).click();
  return editorOf(page, n);
}

/**
 * Replaces the cell's code as a user pasting it would: select all, paste. A paste keeps the text
 * exactly as given, where typing (even page.keyboard.insertText) would let Monaco auto-close
 * brackets and quotes and re-indent new lines. The clipboard event is dispatched to the editor's
 * focused input (an EditContext element or a textarea), so no clipboard permission is needed.
 */
export async function setCellCode(page: Page, n: number, code: string) {
  const editor = await openEditor(page, n);
  await editor.locator('.view-lines').click();
  await expect(editor.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  if (code === '') {
    await page.keyboard.press('Delete');
    return;
  }
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  // Monaco draws spaces as no-break spaces; compare the first line with them normalised.
  const firstLine = code.split('\n')[0].trim();
  if (firstLine) await expect(editor.locator('.view-lines')).toContainText(firstLine.replace(/\s+/g, ' '));
}

/** Clicks the cell's Run button. */
export async function runCell(page: Page, n: number) {
  await cell(page, n).getByRole('button', { name: 'Run cell' }).click();
}

/** Types the code into cell n, runs it, and waits until the kernel is idle again. */
export async function runCode(page: Page, n: number, code: string) {
  await setCellCode(page, n, code);
  await runCell(page, n);
  await expect(executionCount(page, n)).not.toHaveText('[*]', { timeout: KERNEL_TIMEOUT });
  await waitForIdle(page);
}

/** The "[n]" prompt of a code cell ("[*]" while it runs). */
export function executionCount(page: Page, n: number): Locator {
  return cell(page, n).getByLabel(/^Execution count /);
}

/** Adds a code cell below the last one, with the cell's own "Insert code cell below", and returns its number. */
export async function addCodeCell(page: Page): Promise<number> {
  const count = await cells(page).count();
  const last = cell(page, count);
  await last.hover();
  await last.getByRole('button', { name: 'Insert code cell below' }).click();
  await expect(cells(page)).toHaveCount(count + 1);
  await editorOf(page, count + 1);
  return count + 1;
}

/**
 * Times, in the page, how long after the next click the output of cell n first contains
 * `text`. Timed from the click's arrival rather than from Playwright's click() call, so the
 * time spent checking that the button is clickable (long on a busy machine) doesn't count.
 * Call before clicking; await the returned function after the text has appeared.
 */
export async function timeFromClickToOutput(page: Page, n: number, text: string): Promise<() => Promise<number>> {
  const key = `__clickToOutput${n}`;
  await page.evaluate(
    ({ key, label, text }) => {
      const times: { clickedAt?: number; shownAt?: number } = {};
      (window as unknown as Record<string, unknown>)[key] = times;
      const out = document.querySelector(`[aria-label="${label}"]`)!;
      document.addEventListener('click', () => (times.clickedAt ??= performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!out.textContent?.includes(text)) return;
        times.shownAt = performance.now();
        observer.disconnect();
      }).observe(out, { childList: true, subtree: true, characterData: true });
    },
    { key, label: `Output of cell ${n}`, text },
  );
  return () =>
    page.evaluate((key) => {
      const times = (window as unknown as Record<string, { clickedAt?: number; shownAt?: number }>)[key];
      if (times.clickedAt === undefined || times.shownAt === undefined)
        throw new Error(`no click or no output yet: ${JSON.stringify(times)}`);
      return times.shownAt - times.clickedAt;
    }, key);
}
