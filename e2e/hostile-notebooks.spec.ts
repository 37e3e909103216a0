/**
 * Notebooks built to break the page: Markdown nested thousands deep, cell ids that are names of
 * Object members, and math that draws outside its cell. Each opens, its other cells keep
 * working, and nothing it draws leaves its cell.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, openGallery } from './helpers/gallery';
import { cell, cells, executionCount, KERNEL_TIMEOUT, output, runCell, waitForIdle, waitForSaved } from './helpers/notebook';

type CellJson = { id: string; cell_type: 'code' | 'markdown'; source: string; outputs?: unknown[] };

const code = (id: string, source: string, outputs: unknown[] = []): CellJson => ({ id, cell_type: 'code', source, outputs });
const markdown = (id: string, source: string): CellJson => ({ id, cell_type: 'markdown', source });

/** Imports a TypeScript .ipynb with these cells and waits for its kernel. */
async function importNotebook(page: Page, title: string, cellList: CellJson[]) {
  await openGallery(page);
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' }, sparkbook: { title } },
    cells: cellList.map((c) =>
      c.cell_type === 'code' ? { ...c, metadata: {}, outputs: c.outputs ?? [], execution_count: null } : { ...c, metadata: {} },
    ),
  };
  await importFile(page, ipynbFile(`${title}.ipynb`, notebook));
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await expect(cells(page)).toHaveCount(cellList.length);
  await waitForIdle(page);
}

/**
 * Runs cell n and, if the notebook is untrusted and asks whether to run its code, answers Run
 * (what asking is for is tested elsewhere; here it only has to be got past).
 */
async function runAnswering(page: Page, n: number) {
  await runCell(page, n);
  const question = page.getByRole('alertdialog', { name: 'Run code from an untrusted notebook?' });
  const asked = await question.waitFor({ state: 'visible', timeout: 1500 }).then(
    () => true,
    () => false,
  );
  if (asked) await question.getByRole('button', { name: 'Run', exact: true }).click();
}

/** Waits until cell n has run: it shows a count, not "[*]" or "[ ]". */
async function expectRan(page: Page, n: number) {
  await expect(executionCount(page, n)).toHaveText(/^\[\d+\]$/, { timeout: KERNEL_TIMEOUT });
}

test('Markdown nested 2,000 deep opens as plain text, and the notebook around it works', async ({ page }) => {
  const deep = `${'>'.repeat(2000)} the bottom of the well`;
  await importNotebook(page, 'Deep', [markdown('deep', deep), code('answer', '6 * 7')]);

  const md = cell(page, 1);
  await expect(md.getByRole('note')).toContainText('nested too deeply to display, so it is shown as plain text');
  await expect(md.locator('pre')).toContainText('>>>>>>>>>> the bottom of the well');
  await expect(md.locator('blockquote')).toHaveCount(0);
  await md.screenshot({ path: 'test-results/screens/hostile-nested-markdown.png' });

  await runAnswering(page, 2);
  await expectRan(page, 2);
  await expect(output(page, 2)).toContainText('42');

  // Still fine when opened again (a notebook that crashed on open could only be deleted).
  await waitForSaved(page);
  await page.reload();
  await expect(cell(page, 1).getByRole('note')).toContainText('nested too deeply');
  await expect(output(page, 2)).toContainText('42');
});

test('cells whose ids are constructor, __proto__, toString and hasOwnProperty run and finish', async ({ page }) => {
  const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
  await importNotebook(
    page,
    'Object members',
    ids.map((id) => code(id, `'ran ' + ${JSON.stringify(id)}`)),
  );

  // Nothing is running before anything was run.
  for (let n = 1; n <= ids.length; n++) await expect(executionCount(page, n)).toHaveText('[ ]');

  for (let n = 1; n <= ids.length; n++) {
    await runAnswering(page, n);
    await expectRan(page, n);
    await expect(output(page, n)).toContainText(`ran ${ids[n - 1]}`);
  }
  await waitForIdle(page);
  for (let n = 1; n <= ids.length; n++) await expect(executionCount(page, n)).toHaveText(`[${n}]`);
  await expect(page.locator('section[aria-label^="Cell "]', { hasText: '[*]' })).toHaveCount(0);
});

/**
 * The part of each element's box that can be seen: its border box cut by every ancestor (up to
 * `stop`) that clips what it paints (overflow other than visible, or paint containment).
 */
function visibleBoxes(page: Page, selector: string, stop: string) {
  return page.evaluate(
    ({ selector, stop }) => {
      const root = document.querySelector(stop)!;
      return [...root.querySelectorAll(selector)]
        .map((el) => {
          let { left, top, right, bottom } = el.getBoundingClientRect();
          for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
            const style = getComputedStyle(a);
            const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
            if (!clips) continue;
            const r = a.getBoundingClientRect();
            left = Math.max(left, r.left);
            top = Math.max(top, r.top);
            right = Math.min(right, r.right);
            bottom = Math.min(bottom, r.bottom);
          }
          return { left, top, right, bottom, text: el.textContent ?? '' };
        })
        .filter((b) => b.right > b.left && b.bottom > b.top);
    },
    { selector, stop },
  );
}

test('math cannot draw outside its cell, while charts keep their tooltips', async ({ page }) => {
  const chart = {
    output_type: 'display_data',
    metadata: {},
    data: {
      'text/plain': 'Loss chart',
      'application/vnd.sparkbook.chart+json': {
        title: 'Loss',
        xLabel: 'Epoch',
        yLabel: 'Loss',
        series: [{ name: 'loss', points: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => [x, 1 / (x + 1)]) }],
      },
    },
  };
  await importNotebook(page, 'Raised math', [
    code('above', "'the cell above'", [chart]),
    markdown('raised', 'Innocent text $\\smash[t]{\\raisebox{10em}{X}}$ and $\\smash[t]{\\raisebox{25em}{FAKE}}$ and more.'),
    code('below', "'the cell below'"),
  ]);

  const md = cell(page, 2);
  const raised = md.locator('.katex .mord', { hasText: 'FAKE' }).last();
  await expect(raised).toBeAttached();
  const mdBox = (await md.boundingBox())!;
  // The math really does reach above its cell, over the cell above: what is tested is that none of it shows there.
  expect((await raised.boundingBox())!.y).toBeLessThan(mdBox.y - 20);

  const id = await md.getAttribute('data-cell-id');
  const boxes = await visibleBoxes(page, '.katex, .katex *', `[data-cell-id="${id}"]`);
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect.soft(b.top, `"${b.text}" top`).toBeGreaterThanOrEqual(mdBox.y - 0.5);
    expect.soft(b.bottom, `"${b.text}" bottom`).toBeLessThanOrEqual(mdBox.y + mdBox.height + 0.5);
    expect.soft(b.left, `"${b.text}" left`).toBeGreaterThanOrEqual(mdBox.x - 0.5);
    expect.soft(b.right, `"${b.text}" right`).toBeLessThanOrEqual(mdBox.x + mdBox.width + 0.5);
  }
  // Where the raised word would be, a click reaches what is really there, not the word.
  const word = (await raised.boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.katex') !== null, {
    x: word.x + word.width / 2,
    y: word.y + word.height / 2,
  });
  expect(hit).toBe(false);
  await md.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/hostile-contained-math.png' });

  // A chart still shows the values under the pointer (its legend, inside the output), also at the plot's top edge.
  const plot = output(page, 1).locator('.u-over');
  await plot.scrollIntoViewIfNeeded();
  const plotBox = (await plot.boundingBox())!;
  await page.mouse.move(plotBox.x + plotBox.width * 0.15, plotBox.y + 4);
  const legend = output(page, 1).locator('.u-legend');
  await expect(legend).toContainText(/loss\s*0\.\d/);
  const tipBox = (await legend.boundingBox())!;
  const outBox = (await output(page, 1).boundingBox())!;
  expect(tipBox.y).toBeGreaterThanOrEqual(outBox.y - 0.5);
  expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(outBox.y + outBox.height + 0.5);
  expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(outBox.x + outBox.width + 0.5);
  await output(page, 1).screenshot({ path: 'test-results/screens/hostile-chart-tooltip.png' });
});
