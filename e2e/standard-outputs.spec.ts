/**
 * Outputs in the standard MIME types other notebooks carry (SVG, LaTeX, JSON) render on import,
 * safely; and what Sparkbook exports carries standard twins beside its own types, so other tools
 * render its tables and charts.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importFile, ipynbFile, newNotebook, openGallery } from './helpers/gallery';
import { output, runCode, waitForIdle } from './helpers/notebook';

/** A chart as matplotlib writes SVG, with a script and an external image that must do nothing. */
const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">\n',
  '<script>document.title = "svg script ran"</script>\n',
  '<image href="https://example.com/tracker.png" width="1" height="1"/>\n',
  '<rect width="240" height="120" fill="#edf5ff"/>\n',
  '<polyline points="10,110 60,60 110,80 160,30 230,20" fill="none" stroke="#0f62fe" stroke-width="4"/>\n',
  '</svg>\n',
];

const fromJupyter = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
  cells: [
    {
      id: 'plot',
      cell_type: 'code',
      metadata: {},
      execution_count: 1,
      source: ['plt.plot(losses)'],
      outputs: [{ output_type: 'display_data', metadata: {}, data: { 'image/svg+xml': svg, 'text/plain': ['<Figure size 240x120>'] } }],
    },
    {
      id: 'math',
      cell_type: 'code',
      metadata: {},
      execution_count: 2,
      source: ['sympy.Integral(sympy.exp(-x**2), (x, -oo, oo))'],
      outputs: [
        {
          output_type: 'execute_result',
          execution_count: 2,
          metadata: {},
          data: {
            'text/latex': ['$$\\int\\limits_{-\\infty}^{\\infty} e^{- x^{2}}\\, dx = \\sqrt{\\pi}$$'],
            'text/plain': ['Integral(exp(-x**2), (x, -oo, oo))'],
          },
        },
      ],
    },
    {
      id: 'config',
      cell_type: 'code',
      metadata: {},
      execution_count: 3,
      source: ['JSON(config)'],
      outputs: [
        {
          output_type: 'display_data',
          metadata: {},
          data: {
            'application/json': {
              model: 'mlp',
              layers: [784, 500, 100, 10],
              optimizer: { name: 'adam', learningRate: 0.001 },
              label: '<b>not bold</b>',
            },
            'text/plain': ['<IPython.core.display.JSON object>'],
          },
        },
      ],
    },
    {
      id: 'frame',
      cell_type: 'code',
      metadata: {},
      execution_count: 4,
      source: ['HTML(table)'],
      outputs: [{ output_type: 'display_data', metadata: {}, data: { 'text/html': ['<b onmouseover="alert(1)">bold</b>'] } }],
    },
  ],
};

test('SVG, LaTeX and JSON from another notebook render on import; HTML stays source', async ({ page }) => {
  await openGallery(page);
  await importFile(page, ipynbFile('standard outputs.ipynb', fromJupyter));
  await page.waitForURL(/\/notebooks\/[^/]+$/);

  // SVG: an <img> from a data: URL, so its script never runs and its external image is never fetched.
  const image = output(page, 1).getByRole('img');
  await expect(image).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
  await expect(output(page, 1).locator('svg')).toHaveCount(0);
  expect(await page.title()).not.toBe('svg script ran');

  // LaTeX: typeset by KaTeX, with MathML for screen readers.
  await expect(output(page, 2).locator('.katex-display')).toBeVisible();
  await expect(output(page, 2).locator('math')).toHaveCount(1);
  await expect(output(page, 2)).not.toContainText('Integral(exp');

  // JSON: a tree whose top level is open; deeper ones open on a click.
  const tree = output(page, 3).getByRole('group', { name: 'JSON output' });
  await expect(tree).toContainText('model: "mlp"');
  await expect(tree).toContainText('label: "<b>not bold</b>"');
  await expect(tree).toContainText('layers: […] 4 items');
  await expect(tree).toContainText('optimizer: {…} 2 keys');
  await expect(tree).not.toContainText('learningRate');
  await tree.getByText('optimizer:').click();
  await expect(tree).toContainText('learningRate: 0.001');

  // HTML from an untrusted notebook: shown as its source, as before.
  await expect(output(page, 4)).toContainText('<b onmouseover="alert(1)">bold</b>');
  await expect(output(page, 4).locator('b')).toHaveCount(0);

  // A viewport tall enough for every cell: a full-page capture draws the sticky header mid-page.
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/standard-outputs.png' });
});

test('an exported notebook carries HTML and Vega-Lite twins beside Sparkbook’s own types', async ({ page }) => {
  await newNotebook(page);
  await runCode(
    page,
    1,
    [
      "const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1, name: 'out' })] });",
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      'const history = await model.fit(tf.ones([8, 2]), tf.ones([8, 1]), { epochs: 3, verbose: 0 });',
      "display([{ name: '<script>x</script>', value: 1 }]);",
      'display(model);',
      'history',
    ].join('\n'),
  );
  await waitForIdle(page);
  // The records and the model summary (a chart's legend is a table of its own: not counted).
  await expect(output(page, 1).locator('table:not(.u-legend)')).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ipynb' }).click();
  const nb = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
  const bundles: Record<string, unknown>[] = nb.cells[0].outputs
    .filter((o: { output_type: string }) => o.output_type !== 'stream')
    .map((o: { data: Record<string, unknown> }) => o.data);
  const rich = bundles.filter((data) => Object.keys(data).some((mime) => mime.startsWith('application/vnd.sparkbook.')));
  expect(rich.length).toBeGreaterThanOrEqual(3);
  for (const data of rich) {
    expect(Object.keys(data).some((mime) => mime === 'text/html' || mime === 'application/vnd.vegalite.v5+json')).toBe(true);
  }
  const html = rich.map((data) => [data['text/html'] ?? ''].flat().join('')).join('');
  expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  expect(html).toContain('<th>out (Dense)</th>');
  expect(html).not.toContain('<script>');
  expect(
    rich.some((data) => (data['application/vnd.vegalite.v5+json'] as { $schema?: string } | undefined)?.$schema?.includes('vega-lite/v5')),
  ).toBe(true);
});
