/**
 * Dark mode as a reader meets it: the page follows the system's prefers-color-scheme, the
 * header's Theme menu pins Light or Dark (remembered across reloads, applied before the first
 * paint under the page's nonce CSP), and everything repaints live: Monaco, charts, the
 * confusion matrix. Screenshots of the gallery, the Iris notebook and its job page in dark mode
 * land in test-results/screens/ to be looked at.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openExample, runAllForResult } from './helpers/examples';
import { openGallery } from './helpers/gallery';
import { cells, openEditor, output, waitForIdle } from './helpers/notebook';

test.use({ colorScheme: 'dark' });

const DARK_BG = 'rgb(22, 22, 22)'; // --sb-bg, dark
const LIGHT_BG = 'rgb(244, 244, 244)'; // --sb-bg, light

const themeMenu = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const storedTheme = (page: Page) => page.evaluate(() => localStorage.getItem('sparkbook-theme'));

/** Every CSP refusal the page logs (the boot script must run under the page's nonce). */
function watchCsp(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

/**
 * <html>'s data-theme when the document has just been parsed, before the body could paint
 * (head stylesheets block rendering) and before React hydrates: one there was set by the
 * inline boot script, so the first frame already had the reader's theme.
 */
async function recordThemeAtParse(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtParse: string | null }).themeAtParse = document.documentElement.getAttribute('data-theme');
    });
  });
}
const themeAtParse = (page: Page) => page.evaluate(() => (window as unknown as { themeAtParse?: string | null }).themeAtParse);

/** The background Monaco paints behind a cell's text. */
async function editorBackground(editor: Locator): Promise<string> {
  return editor
    .locator('.monaco-editor-background')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Each confusion-matrix cell's text and background colour, as the browser painted them. */
async function matrixCells(evaluation: Locator) {
  const matrix = evaluation.locator('table', { has: evaluation.page().locator('caption', { hasText: 'Confusion matrix' }) });
  return matrix.locator('tbody td').evaluateAll((tds) =>
    tds.map((td) => ({
      text: td.textContent ?? '',
      color: getComputedStyle(td).color,
      background: getComputedStyle(td).backgroundColor,
    })),
  );
}

test('follows the system, and the Theme menu switches to light and back, surviving reloads with no flash', async ({ page }) => {
  const refusals = watchCsp(page);
  await recordThemeAtParse(page);
  await openGallery(page);
  await expect(themeMenu(page)).toHaveValue('system');
  expect(await bodyBackground(page)).toBe(DARK_BG);
  expect(await themeAtParse(page)).toBeNull(); // System: CSS alone, no attribute

  await themeMenu(page).selectOption('light');
  await expect.poll(() => bodyBackground(page)).toBe(LIGHT_BG);
  expect(await storedTheme(page)).toBe('light');
  // A light choice holds against the dark system preference, from the first parse of a reload.
  await page.reload();
  await expect(themeMenu(page)).toHaveValue('light');
  expect(await themeAtParse(page)).toBe('light');
  expect(await bodyBackground(page)).toBe(LIGHT_BG);

  await themeMenu(page).selectOption('dark');
  await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' }); // the OS turns light: an explicit Dark stays
  await page.reload();
  await expect(themeMenu(page)).toHaveValue('dark');
  expect(await themeAtParse(page)).toBe('dark');
  expect(await bodyBackground(page)).toBe(DARK_BG);

  // Back to System: the page follows the OS again, live, and nothing is stored.
  await themeMenu(page).selectOption('system');
  await expect.poll(() => bodyBackground(page)).toBe(LIGHT_BG);
  expect(await storedTheme(page)).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);

  // Text on the page reads against it (the header's menu included).
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(contrast(text, DARK_BG)).toBeGreaterThanOrEqual(4.5);
  expect(refusals).toEqual([]);
});

test('the Iris example in dark mode: Monaco dark, charts and the confusion matrix readable and repainted live', async ({ page }) => {
  test.setTimeout(300_000);
  await openGallery(page);
  await expect(page.getByRole('list', { name: 'Example notebooks' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/dark-gallery.png', fullPage: true });

  await openExample(page, /^Iris/);
  const firstCode = await openEditor(page, 2);
  await expect(firstCode).toHaveClass(/vs-dark/);
  expect(await editorBackground(firstCode)).toBe(DARK_BG);

  const { result } = await runAllForResult(page, 240_000);
  expect(result).toContain('PASS');

  // The outputs render, in the dark palette: the training chart's axis text and lines...
  const chart = page.getByRole('figure', { name: /chart/i }).first();
  await expect(chart).toBeVisible();
  // The plot is a canvas; it records the colours it was drawn with.
  const plot = chart.locator('[data-axis-color]');
  const axisText = (await plot.getAttribute('data-axis-color'))!;
  expect(axisText).toBe('rgb(198, 198, 198)'); // --sb-chart-axis, dark
  expect(contrast(axisText, 'rgb(38, 38, 38)')).toBeGreaterThanOrEqual(4.5); // on --sb-layer
  const firstLine = (await plot.getAttribute('data-series-colors'))!.split('; ')[0];
  expect(firstLine).toBe('rgb(120, 169, 255)'); // --sb-chart-series-1, dark

  // ...and the confusion matrix, every cell's text readable on its shade.
  const evaluation = output(page, (await cells(page).count()) - 1);
  await expect(evaluation.locator('caption', { hasText: 'Confusion matrix' })).toBeVisible();
  const darkCells = await matrixCells(evaluation);
  expect(darkCells.length).toBe(9);
  for (const c of darkCells) expect(contrast(c.color, c.background), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
  await evaluation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/dark-iris-notebook.png', fullPage: true });
  await evaluation.screenshot({ path: 'test-results/screens/dark-iris-evaluation.png' });

  // Switching to light repaints the open editors, the chart and the matrix, with no reload.
  await themeMenu(page).selectOption('light');
  await expect(firstCode).not.toHaveClass(/vs-dark/);
  await expect.poll(() => editorBackground(firstCode)).toBe(LIGHT_BG);
  await expect(plot).toHaveAttribute('data-series-colors', /^rgb\(15, 98, 254\);/);
  const lightCells = await matrixCells(evaluation);
  expect(lightCells.map((c) => c.background)).not.toEqual(darkCells.map((c) => c.background));
  for (const c of lightCells) expect(contrast(c.color, c.background), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
  await evaluation.screenshot({ path: 'test-results/screens/light-iris-evaluation.png' });
  await themeMenu(page).selectOption('dark');
  await expect.poll(() => editorBackground(firstCode)).toBe(DARK_BG);

  // The job the notebook ran, on its own page.
  await page.getByRole('link', { name: 'Jobs' }).click();
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await expect(jobs).toContainText('succeeded');
  await page.screenshot({ path: 'test-results/screens/dark-jobs.png', fullPage: true });
  // The training job: its curves, configuration and executor timeline.
  await jobs
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'fit', exact: true }) })
    .getByRole('link', { name: /^job-/ })
    .click();
  await expect(page.getByRole('img', { name: 'Executor timeline' })).toBeVisible();
  await expect(page.getByLabel('Loss chart')).toBeVisible();
  expect(await bodyBackground(page)).toBe(DARK_BG);
  await page.screenshot({ path: 'test-results/screens/dark-job-detail.png', fullPage: true });
});

test('every other page is dark too: models, experiments, a share link with nothing in it, a missing page', async ({ page }) => {
  const pages: [string, string, RegExp][] = [
    ['/models', 'models', /Models/],
    ['/experiments', 'experiments', /Experiments/],
    ['/shared', 'shared', /./],
    ['/no-such-page', 'not-found', /Page not found/],
  ];
  for (const [path, name, heading] of pages) {
    await page.goto(path);
    const h1 = page.getByRole('heading', { level: 1 }).or(page.getByRole('alert')).first();
    await expect(h1).toContainText(heading);
    expect(await bodyBackground(page), path).toBe(DARK_BG);
    const [text, background] = await h1.evaluate((el) => {
      // The first ancestor with a painted background is what the heading is read against.
      let node: Element | null = el;
      while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
      return [getComputedStyle(el).color, node ? getComputedStyle(node).backgroundColor : 'rgb(255, 255, 255)'];
    });
    expect(contrast(text, background), `${path}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: `test-results/screens/dark-${name}.png`, fullPage: true });
  }
});

test("a shared notebook's banners and the run question are dark and readable", async ({ page }) => {
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' },
      sparkbook: { title: 'Shared in the dark' },
    },
    cells: [{ id: 'c0', cell_type: 'code', metadata: {}, source: "console.log('hello')", outputs: [], execution_count: null }],
  };
  await page.goto(`/shared#nb=${compressToEncodedURIComponent(JSON.stringify(notebook))}`);
  const banner = page.getByRole('region', { name: 'Untrusted notebook' });
  await expect(banner).toBeVisible();
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  const question = page.getByRole('alertdialog', { name: 'Run code from an untrusted notebook?' });
  await expect(question).toBeVisible();
  const [text, background] = await question.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  expect(background).toBe('rgb(38, 38, 38)'); // --sb-layer, dark
  expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test-results/screens/dark-shared-question.png' });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
});
