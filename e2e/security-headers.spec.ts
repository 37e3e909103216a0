/**
 * The security headers as a browser meets them: every page's Content-Security-Policy (no eval,
 * nothing off our origin, no framing), the worker scripts' own policy (eval for cells, but still
 * no connections off our origin), and the app working under both with no violation reported.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Page } from '@playwright/test';
import { test, expect, type AppGuards } from './fixtures';
import { newNotebook, openGallery } from './helpers/gallery';
import { cell, cells, output, runCode, setCellCode } from './helpers/notebook';
import { waitForWorkers } from './helpers/cluster';
import { parsePolicy } from '../lib/security/contentSecurityPolicy';

/** A server on another origin that would answer anyone (CORS and CORP wide open): only the CSP stops a request to it. */
interface OtherSite {
  origin: string;
  /** The paths it was asked for. */
  hits: string[];
  close(): Promise<void>;
}

async function startOtherSite(framedUrl: string): Promise<OtherSite> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/frame') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>Another site</title><h1>Another site</h1><iframe id="app" src="${framedUrl}" width="900" height="500"></iframe>`,
      );
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/plain',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    res.end('received');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Every CSP violation the page or its workers report. Chromium logs each refusal to the console
 * ("Refused to ..."); the page's `securitypolicyviolation` events are logged there too, so a
 * violation that only fires the event is caught as well.
 */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  const record = (message: ConsoleMessage) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  page.on('console', record);
  page.on('worker', (worker) => worker.on('console', record));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused (securitypolicyviolation): ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

/** Drops from the offline guard the requests the test made itself, or that the CSP stopped in the browser. */
function forgiveRequests(guards: AppGuards, forgiven: (url: string) => boolean) {
  const kept = guards.foreignRequests.filter((url) => !forgiven(url));
  guards.foreignRequests.splice(0, guards.foreignRequests.length, ...kept);
}

function nonceOf(policy: Record<string, string[]>): string | undefined {
  return policy['script-src']?.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
}

test('pages carry the strict policy, nosniff and no-referrer; worker scripts carry their own policy', async ({ page }) => {
  const workerScripts: string[] = [];
  page.on('worker', (worker) => workerScripts.push(worker.url()));
  await newNotebook(page);
  const notebookUrl = page.url();

  const nonces: string[] = [];
  for (const url of ['/', notebookUrl]) {
    const response = await page.goto(url);
    const headers = (await response?.allHeaders()) ?? {};
    const policy = parsePolicy(headers['content-security-policy'] ?? '');
    expect(policy['default-src'], url).toEqual(["'self'"]);
    expect(policy['script-src'], url).toContain("'self'");
    expect(policy['script-src'], url).not.toContain("'unsafe-eval'");
    expect(policy['script-src'], url).not.toContain("'unsafe-inline'");
    expect(policy['connect-src'], url).toEqual(["'self'"]);
    expect(policy['worker-src'], url).toEqual(["'self'", 'blob:']);
    expect(policy['img-src'], url).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy['object-src'], url).toEqual(["'none'"]);
    expect(policy['base-uri'], url).toEqual(["'none'"]);
    expect(policy['frame-ancestors'], url).toEqual(["'none'"]);
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy'], url).toBe('require-corp');
    // Next's own inline scripts carry this response's nonce.
    const nonce = nonceOf(policy);
    expect(nonce, url).toBeTruthy();
    expect(await page.locator(`script[nonce]`).count(), url).toBeGreaterThan(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.nonce).length), url).toBe(0);
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size, 'a fresh nonce per response').toBe(nonces.length);
  await expect(page.getByRole('region', { name: 'Cell 1', exact: true })).toBeVisible();

  // The kernel and executors start from Next's worker chunks, whose responses carry the worker policy.
  const appWorkers = workerScripts.filter((url) => new URL(url).pathname.startsWith('/_next/static/'));
  expect(appWorkers.length, 'kernel worker scripts seen').toBeGreaterThan(0);
  for (const url of new Set(appWorkers)) {
    const response = await page.request.get(url);
    const policy = parsePolicy(response.headers()['content-security-policy'] ?? '');
    expect(policy['script-src'], url).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(policy['connect-src'], url).toEqual(["'self'"]);
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
  }
});

test('another site cannot show the app in a frame', async ({ page, baseURL, guards }) => {
  const violations = await watchCspViolations(page);
  const other = await startOtherSite(`${baseURL}/`);
  try {
    await page.goto(`${other.origin}/frame`);
    await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
    await expect.poll(() => violations.some((v) => /frame-ancestors/.test(v)), { message: 'a frame-ancestors refusal' }).toBe(true);
    await expect(page.frameLocator('#app').getByRole('heading', { name: 'My notebooks' })).toHaveCount(0);
    const appFrame = page.frames().find((frame) => frame !== page.mainFrame());
    expect(new URL(appFrame?.url() ?? 'about:blank').origin).not.toBe(new URL(baseURL!).origin);
    await page.screenshot({ path: 'test-results/screens/security-framed.png' });
  } finally {
    await other.close();
  }
  // The visit to the other site was the test's own doing, not the app's.
  forgiveRequests(guards, (url) => url.startsWith(other.origin));
  expect(other.hits.filter((path) => path !== '/frame' && path !== '/favicon.ico')).toEqual([]);
});

test("a cell's fetch to another origin is refused, while the app's own files load", async ({ page, context, guards }) => {
  const other = await startOtherSite('about:blank');
  const failures = new Map<string, string>();
  context.on('requestfailed', (request) => failures.set(request.url(), request.failure()?.errorText ?? ''));
  try {
    await newNotebook(page);
    await runCode(
      page,
      1,
      [
        "const own = await fetch('/datasets/iris.csv');",
        "const header = (await own.text()).split('\\n')[0];",
        "let away = 'not tried';",
        'try {',
        `  const response = await fetch('${other.origin}/x', { method: 'POST', body: 'secret' });`,
        "  away = 'sent, status ' + response.status;",
        '} catch (e) {',
        "  away = 'refused: ' + (e as Error).message;",
        '}',
        "'own: ' + own.status + ' ' + header + ' | other: ' + away",
      ].join('\n'),
    );
    await expect(output(page, 1)).toContainText('own: 200 sepal_length,sepal_width');
    await expect(output(page, 1)).toContainText('other: refused: Failed to fetch');
    // Chromium does not relay a worker's CSP refusals to Playwright's console events, so the
    // proof is the other site's log: it answers anyone who asks (asked here from the test), yet
    // heard nothing from the cell.
    expect((await fetch(`${other.origin}/probe`)).status).toBe(200);
    expect(other.hits, 'requests that reached the other site').toEqual(['/probe']);
  } finally {
    await other.close();
  }
  // Chromium may report a request the policy stopped as a failed request; it never left the browser.
  forgiveRequests(guards, (url) => url.startsWith(other.origin) && /BLOCKED_BY_CSP/.test(failures.get(url) ?? ''));
});

const TRAINING = [
  'const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });',
  "model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });",
  'const xs = tf.tensor2d([[1], [2], [3], [4]]);',
  'const ys = tf.tensor2d([[2], [4], [6], [8]]);',
  'const history = await model.fit(xs, ys, { epochs: 3, verbose: 0 });',
  "'trained ' + history.history.loss.length + ' epochs'",
].join('\n');

const MARKDOWN = [
  '# Energy',
  '',
  'Mass and energy: $E = mc^2$',
  '',
  '$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$',
  '',
  '![x](https:host/p.png)',
].join('\n');

test('the gallery, the editor, Markdown math and training run with no CSP violation, and a slashless image URL is not fetched', async ({
  page,
  context,
}) => {
  const violations = await watchCspViolations(page);
  const imageRequests: string[] = [];
  context.on('request', (request) => {
    if (/host\/p\.png/.test(request.url())) imageRequests.push(request.url());
  });

  await openGallery(page);
  await newNotebook(page);
  await runCode(page, 1, TRAINING);
  await expect(output(page, 1)).toContainText('trained 3 epochs');

  await page.getByRole('button', { name: 'Add markdown cell' }).click();
  await expect(cells(page)).toHaveCount(2);
  const markdown = cell(page, 2);
  await setCellCode(page, 2, MARKDOWN);
  await markdown.getByRole('button', { name: 'Run cell' }).click();
  await expect(markdown.getByRole('heading', { name: 'Energy' })).toBeVisible();
  await expect(markdown.locator('.katex')).toHaveCount(2);
  await expect(markdown.getByText('[image: x]')).toBeVisible();
  await expect(markdown.locator('img')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/security-no-violations.png', fullPage: true });

  expect(imageRequests).toEqual([]);
  expect(violations).toEqual([]);
});

test('the jobs, models and experiments pages, and a job and a model in detail, show with no CSP violation', async ({ page }) => {
  const violations = await watchCspViolations(page);
  await newNotebook(page);
  await waitForWorkers(page, 2);
  await runCode(
    page,
    1,
    [
      'const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, activation: "softmax", inputShape: [2] })] });',
      "model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });",
      'const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);',
      'const ys = tf.tensor2d([[1, 0], [0, 1], [0, 1], [1, 0]]);',
      'await spark.fit(model, xs, ys, { epochs: 2, batchSize: 2, verbose: 0 });',
      "const saved = await models.save(model, 'csp-check');",
      "'saved ' + saved.name",
    ].join('\n'),
  );
  await expect(output(page, 1)).toContainText('saved csp-check', { timeout: 60_000 });

  await page.getByRole('link', { name: 'Jobs' }).click();
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await expect(jobs).toContainText('succeeded');
  await jobs.getByRole('link', { name: /^job-/ }).first().click();
  await expect(page.getByLabel('Loss chart')).toBeVisible();

  await page.getByRole('link', { name: 'Models' }).click();
  const models = page.getByRole('table', { name: 'Models' });
  await models.getByRole('link', { name: 'csp-check', exact: true }).click();
  await expect(page.getByRole('heading', { name: /csp-check/ })).toBeVisible();

  await page.getByRole('link', { name: 'Experiments' }).click();
  await expect(page.getByRole('heading', { name: 'Experiments', level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
