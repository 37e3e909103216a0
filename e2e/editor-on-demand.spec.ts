/**
 * Monaco loads only when the reader edits. Opening a notebook shows each cell's code read-only
 * and coloured like the editor, and requests nothing of Monaco; Run all works without it. A
 * click on the code loads it, with the caret where the click landed, and what is typed while it
 * loads is kept; the editor then takes over at the same place, in the same colours.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, openGallery } from './helpers/gallery';
import { cell, codeOf, editorOf, kernelStatus, output, waitForIdle } from './helpers/notebook';

const notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'sparkbook', display_name: 'TypeScript', language: 'typescript' } },
  cells: [
    { id: 'md', cell_type: 'markdown', metadata: {}, source: ['# Editing on demand'] },
    {
      id: 'first',
      cell_type: 'code',
      metadata: {},
      execution_count: null,
      outputs: [],
      source: ['// two numbers\n', 'const a: number = 40;\n', 'const b = "two".length;'],
    },
    { id: 'second', cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['a + b'] },
    {
      id: 'long',
      cell_type: 'code',
      metadata: {},
      execution_count: null,
      outputs: [],
      // Twelve lines: line numbers of two digits.
      source: Array.from({ length: 12 }, (_, i) => `// line ${i + 1}${i < 11 ? '\n' : ''}`),
    },
  ],
};

/** The viewport point of the left edge of character `offset` of cell n's stand-in. */
async function pointBefore(page: Page, n: number, offset: number): Promise<{ x: number; y: number }> {
  return cell(page, n)
    .locator('[data-editor-stand-in="source"]')
    .evaluate((root, offset) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let left = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (left < length) {
          const range = document.createRange();
          range.setStart(node, left);
          range.setEnd(node, left + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + 1, y: rect.top + rect.height / 2 };
        }
        left -= length;
      }
      throw new Error(`offset ${offset} is past the text`);
    }, offset);
}

/** The colour the page paints `text` in, in the first element of `scope` whose own text it is. */
async function colourOf(page: Page, scope: string, text: string): Promise<string> {
  return page.locator(scope).evaluate((root, text) => {
    const el = Array.from(root.querySelectorAll('span')).find((s) => s.children.length === 0 && s.textContent === text);
    if (!el) throw new Error(`no span of "${text}"`);
    return getComputedStyle(el).color;
  }, text);
}

async function openNotebook(page: Page, monacoRequests: string[]) {
  page.on('request', (request) => {
    if (request.url().includes('/vendor/monaco/')) monacoRequests.push(request.url());
  });
  await openGallery(page);
  await importFile(page, ipynbFile('Editing on demand.ipynb', notebook));
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await expect(cell(page, 1).getByRole('heading', { name: 'Editing on demand' })).toBeVisible();
  await expect(codeOf(page, 2)).toContainText('const a: number = 40;');
  await waitForIdle(page);
}

test('opening a notebook loads no editor; a click loads it, keeps the caret and what is typed meanwhile', async ({ page }, testInfo) => {
  const monacoRequests: string[] = [];
  await openNotebook(page, monacoRequests);

  // Coloured as Monaco's light theme colours TypeScript, with line numbers, and no Monaco anywhere.
  await expect(cell(page, 2).locator('[data-editor-stand-in="source"] span', { hasText: 'const' }).first()).toBeVisible();
  expect(await colourOf(page, '[data-cell-id="first"] [data-editor-stand-in="source"]', 'const')).toBe('rgb(0, 0, 255)');
  expect(await colourOf(page, '[data-cell-id="first"] [data-editor-stand-in="source"]', '"two"')).toBe('rgb(163, 21, 21)');
  // Each line number on one line, two digits included: line height, not two lines' worth.
  const numberHeights = await cell(page, 4)
    .locator('[data-editor-stand-in="source"] [data-n]')
    .evaluateAll((lines) => lines.map((line) => getComputedStyle(line, '::before').height));
  expect(numberHeights).toHaveLength(12);
  expect(new Set(numberHeights)).toEqual(new Set(['20px']));
  await page.screenshot({ path: 'test-results/screens/stand-in-light.png' });
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  expect(monacoRequests).toEqual([]);

  // Press just before the "a" of `const a` on line 2, and type at once, without waiting for the editor.
  const offsetOfA = '// two numbers\nconst '.length;
  const standInBox = await cell(page, 2).locator('[data-editor-stand-in="source"]').boundingBox();
  const point = await pointBefore(page, 2, offsetOfA);
  await page.evaluate(() => {
    const times: { pressedAt?: number; focusedAt?: number } = {};
    (window as unknown as { firstEdit: typeof times }).firstEdit = times;
    document.addEventListener('mousedown', () => (times.pressedAt ??= performance.now()), { capture: true, once: true });
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof Element && e.target.closest('.monaco-editor')) times.focusedAt ??= performance.now();
    });
  });
  await page.mouse.click(point.x, point.y);
  await page.keyboard.type('renamed_');

  // The editor takes over with the text typed meanwhile, the caret after it, and the focus.
  const editor = await editorOf(page, 2);
  await expect(editor.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('x');
  await expect(editor.locator('.view-lines')).toContainText('const renamed_xa: number = 40;');
  const { pressedAt, focusedAt } = await page.evaluate(
    () => (window as unknown as { firstEdit: { pressedAt: number; focusedAt: number } }).firstEdit,
  );
  const firstEditMs = Math.round(focusedAt - pressedAt);
  console.log(`first edit: press on the code to Monaco focused ${firstEditMs} ms`);
  testInfo.annotations.push({ type: 'first edit (ms)', description: String(firstEditMs) });
  expect(monacoRequests.length).toBeGreaterThan(0);

  // Same place and colours: the editor's text starts where the stand-in's did, keywords in the same blue.
  const editorBox = await editor.boundingBox();
  expect(Math.abs(editorBox!.y - standInBox!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(editorBox!.height - standInBox!.height)).toBeLessThanOrEqual(1);
  // Cell 3 still shows its stand-in: its first character sits where Monaco's lines start in cell 2.
  const editorLeft = await editor
    .locator('.view-line')
    .first()
    .evaluate((line) => line.getBoundingClientRect().left);
  const standInLeft = (await pointBefore(page, 3, 0)).x - 1;
  expect(Math.abs(standInLeft - editorLeft)).toBeLessThanOrEqual(2);
  expect(await colourOf(page, '[data-cell-id="first"] .view-lines', 'const')).toBe('rgb(0, 0, 255)');
  await page.screenshot({ path: 'test-results/screens/stand-in-after-first-click.png' });
});

test('Run all runs cells that were never edited, with no editor loaded', async ({ page }) => {
  const monacoRequests: string[] = [];
  await openNotebook(page, monacoRequests);
  await page.getByRole('button', { name: 'Run all' }).click();
  const consent = page
    .getByRole('alertdialog', { name: /Run code from an untrusted notebook/ })
    .or(page.getByRole('dialog', { name: /Run code from an untrusted notebook/ }));
  await consent.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(page, 3)).toHaveText('43');
  await expect(kernelStatus(page)).toHaveText(/Kernel idle/);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  expect(monacoRequests).toEqual([]);
});

test('Enter in command mode loads the editor on the selected cell, and keys pressed at once are kept', async ({ page }) => {
  await openNotebook(page, []);
  await cell(page, 3)
    .getByLabel(/^Execution count/)
    .click();
  await expect(cell(page, 3)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('1 + ');
  const editor = await editorOf(page, 3);
  await expect(editor.getByRole('textbox')).toBeFocused();
  await expect(editor.locator('.view-lines')).toContainText('1 + a + b');
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test("the stand-in has the dark editor theme's colours, as the editor that replaces it", async ({ page }) => {
    await openNotebook(page, []);
    const standIn = '[data-cell-id="first"] [data-editor-stand-in="source"]';
    await expect(page.locator(`${standIn} span`, { hasText: 'const' }).first()).toBeVisible();
    expect(await colourOf(page, standIn, 'const')).toBe('rgb(86, 156, 214)');
    expect(await colourOf(page, standIn, '"two"')).toBe('rgb(206, 145, 120)');
    await page.screenshot({ path: 'test-results/screens/stand-in-dark.png' });

    await cell(page, 2).getByLabel('Code of cell 2', { exact: true }).click();
    await editorOf(page, 2);
    expect(await colourOf(page, '[data-cell-id="first"] .view-lines', 'const')).toBe('rgb(86, 156, 214)');
    expect(await colourOf(page, '[data-cell-id="first"] .view-lines', '"two"')).toBe('rgb(206, 145, 120)');
    await page.screenshot({ path: 'test-results/screens/stand-in-dark-after-click.png' });
  });
});
