/**
 * The static export as a visitor meets it on a plain file host (GitHub Pages, S3): served under
 * a sub-path by a server that sends no COOP/COEP or CSP. The service worker makes the page
 * cross-origin isolated, the Iris example trains on two executors, and once the host is gone
 * (server stopped, browser offline) the gallery, a saved notebook and its kernel still work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { test, expect } from '../e2e/fixtures';
import { numberAfter, runAllForResult } from '../e2e/helpers/examples';
import { waitForWorkers } from '../e2e/helpers/cluster';
import { cell, cells, output, runCode, waitForIdle, waitForSaved } from '../e2e/helpers/notebook';
import { STATIC_BASE, STATIC_PORT } from '../playwright.static.config';

const HOME = `http://localhost:${STATIC_PORT}${STATIC_BASE}/`;

let server: ChildProcess | undefined;
/** Bytes the host sent, and the Monaco files among them. */
const served = { bytes: 0, monaco: [] as string[] };

test.beforeAll(async () => {
  // The repo's plain file server, in its own process, so the test can take the host away.
  server = spawn(
    'node',
    ['scripts/static/serve-static.mjs', '--dir', 'out', '--port', String(STATIC_PORT), '--base', STATIC_BASE, '--log'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: server.stdout! });
  await new Promise<void>((resolve, reject) => {
    server!.once('exit', (code) => reject(new Error(`serve-static exited with ${code}`)));
    lines.on('line', (line) => {
      const sent = /^sent (\d+) (.*)$/.exec(line);
      if (!sent) return resolve();
      served.bytes += Number(sent[1]);
      if (sent[2].includes('/vendor/monaco/')) served.monaco.push(sent[2].slice(sent[2].indexOf('/vendor/monaco/')));
    });
  });
});

function stopServer() {
  server?.removeAllListeners('exit');
  server?.kill();
  server = undefined;
}
test.afterAll(stopServer);

// The service worker reloads the page once when it takes control: a read that the reload cuts off counts as not yet.
const isolated = (page: import('@playwright/test').Page) => page.evaluate(() => window.crossOriginIsolated).catch(() => false);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** CSP refusals the page or its workers log (the static build's policies come from <meta> tags and the worker). */
async function watchCspViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const violations: string[] = [];
  const record = (message: import('@playwright/test').ConsoleMessage) => {
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

async function openHome(page: import('@playwright/test').Page) {
  const response = await page.goto(HOME);
  await expect(page.getByRole('heading', { name: 'My notebooks' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  return response;
}

test('the static build under a sub-path: isolated by its service worker, Iris on two executors, then offline', async ({
  page,
  context,
}) => {
  test.setTimeout(600_000);

  // The host sends none of the headers the Node server does.
  const raw = await fetch(HOME);
  expect(raw.status).toBe(200);
  for (const header of ['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'content-security-policy'])
    expect(raw.headers.get(header)).toBeNull();

  const violations = await watchCspViolations(page);
  // First visit: the worker installs, takes control, and the page reloads once into isolation.
  await openHome(page);
  await expect
    .poll(() => isolated(page), { timeout: 120_000, message: 'crossOriginIsolated after the service worker took over' })
    .toBe(true);
  await expect(page.locator('[data-offline="not-isolated"]')).toHaveCount(0);
  const galleryBytes = served.bytes;
  // From now on the worker answers, with the headers the Node server would send.
  const viaWorker = (await openHome(page))!;
  expect(viaWorker.fromServiceWorker()).toBe(true);
  const headers = viaWorker.headers();
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain("'unsafe-eval'");

  await page.getByRole('list', { name: 'Example notebooks' }).getByRole('button', { name: /^Iris/ }).click();
  await page.waitForURL(/\/sparkbook\/notebook\/\?id=[^&#]+$/);
  await expect(cells(page).first()).toBeVisible();
  await waitForIdle(page);
  await waitForWorkers(page, 2);
  await expect(page.locator('[data-exchange="shared-memory"]')).toBeVisible();
  const { result } = await runAllForResult(page, 240_000);
  expect(result).toContain('PASS');
  expect(numberAfter(result, 'Test accuracy:')).toBeGreaterThanOrEqual(0.93);
  await waitForSaved(page);
  console.log(
    `static build, first visit: gallery ${mb(galleryBytes)} (with the service worker's precache), ` +
      `after opening and running Iris ${mb(served.bytes)}; Monaco files served: ${[...new Set(served.monaco)].sort().join(' ')}`,
  );
  const notebookUrl = page.url();

  // A new deploy (here: sw.js with another version): the browser installs it beside the running
  // one, the page offers a reload, and the reload moves to the new version's cache alone.
  const swFile = 'out/sw.js';
  const deployed = readFileSync(swFile, 'utf8');
  const version = /"version":"([^"]+)"/.exec(deployed)![1];
  writeFileSync(swFile, deployed.replace(`"version":"${version}"`, `"version":"${version}-next"`));
  try {
    await openHome(page);
    const update = page.locator('[data-offline="update"]');
    await expect(update).toContainText('A new version of Sparkbook is available', { timeout: 120_000 });
    await page.screenshot({ path: test.info().outputPath('update-available.png') });
    await update.getByRole('button', { name: 'Reload' }).click();
    await expect(update).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`sparkbook-${version}-next`]);
    await expect.poll(() => isolated(page)).toBe(true);
  } finally {
    writeFileSync(swFile, deployed);
  }

  // The host goes away. What follows comes from the new version's cache, which holds only what
  // the worker precached (the gallery above loaded no editor): the notebook page, Monaco, the kernel, TF.js.
  stopServer();
  await context.setOffline(true);

  await openHome(page);
  expect(await isolated(page)).toBe(true);
  const saved = page.getByRole('list', { name: 'My notebooks' }).getByRole('link', { name: /^Iris/ });
  await expect(saved).toBeVisible();
  await saved.click();
  await page.waitForURL(notebookUrl);
  await waitForIdle(page);
  // B in command mode on the last cell (the hover toolbar's button can scroll out from under the pointer here).
  const last = await cells(page).count();
  await cell(page, last).focus();
  await page.keyboard.press('b');
  await expect(cells(page)).toHaveCount(last + 1);
  const n = last + 1;
  await runCode(page, n, 'tf.tensor([1, 2, 3]).sum().dataSync()[0] * 2');
  await expect(output(page, n)).toContainText('12');
  await page.screenshot({ path: test.info().outputPath('offline-notebook.png') });

  // The history, offline too: the Jobs page, a job's page (/job/?id=) and its link back to the cell (#cell-).
  await page.getByRole('link', { name: 'Jobs', exact: true }).first().click();
  const jobLink = page.locator('tbody tr td:nth-child(2) a').first();
  const jobId = (await jobLink.textContent())!.trim();
  await jobLink.click();
  await page.waitForURL(/\/sparkbook\/job\/\?id=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(jobId);
  await page.getByRole('link', { name: 'Open notebook cell' }).click();
  await page.waitForURL((url) => url.pathname === `${STATIC_BASE}/notebook/` && url.hash.startsWith('#cell-'));
  await expect(cells(page).first()).toBeVisible();

  // An old-style /notebooks/<id> link still opens the notebook, offline too.
  const id = new URL(notebookUrl).searchParams.get('id')!;
  await page.goto(`${HOME}notebooks/${id}`);
  await page.waitForURL(notebookUrl);
  await expect(cells(page).first()).toBeVisible();
  expect(violations, 'CSP refusals').toEqual([]);
});
