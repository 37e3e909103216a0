// Shared by the benchmarks: serve the app (or use BENCH_URL), open a new notebook in headless
// Chromium with the test flags, run one cell in the kernel worker and parse the JSON it prints.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
];

/** Serves the production app via scripts/start.mjs (builds when stale) unless BENCH_URL points at one. */
export async function serveApp(root, port) {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop() {} };
  const server = spawn('node', ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', (d) => process.stderr.write(d));
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet: try again in a second.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`the app did not start on ${url}; run \`npm run build\` and look for errors`);
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Opens a new notebook, runs `source` in its first cell, and returns the JSON the cell evaluates to. */
export async function runCellForJson(page, url, source, timeoutMs) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.waitForURL(/notebooks/);
  await page.getByRole('status', { name: 'Kernel status' }).filter({ hasText: 'idle' }).waitFor({ timeout: 60000 });
  // The editor loads when the cell's code is clicked, as a reader about to type does.
  const cell = page.getByRole('region', { name: 'Cell 1', exact: true });
  await cell.getByLabel('Code of cell 1', { exact: true }).first().click();
  const editor = cell.locator('.monaco-editor');
  await cell.locator('[data-editor-stand-in]').first().waitFor({ state: 'detached', timeout: 60000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, source);
  await page.getByRole('region', { name: 'Cell 1', exact: true }).getByRole('button', { name: 'Run cell' }).click();
  const out = page.getByRole('region', { name: 'Output of cell 1', exact: true });
  await out.filter({ hasText: /"results"|Error/ }).waitFor({ timeout: timeoutMs });
  const text = (await out.innerText()).trim();
  if (!text.includes('"results"')) throw new Error(`the benchmark cell failed:\n${text}`);
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1).replace(/^'|'$/g, ''));
}

/** Cores, CPU model, the browser's user agent and its WebGPU adapter. */
export async function machineInfo(page) {
  const adapter = await page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    return a ? `${a.info?.vendor ?? ''} ${a.info?.architecture ?? ''} ${a.info?.description ?? ''}`.trim() || 'unnamed adapter' : 'none';
  });
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    userAgent: await page.evaluate(() => navigator.userAgent),
    webgpuAdapter: adapter,
  };
}

export const resultsDir = (root) => join(root, 'bench/results');

/**
 * The whole of a benchmark's browser part: serve the app, open a notebook, run `cell` in its
 * kernel, and return the JSON it evaluates to together with the machine it ran on.
 */
export async function runBenchmarkCell(root, defaultPort, cell) {
  const server = await serveApp(root, Number(process.env.BENCH_PORT ?? defaultPort));
  try {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const json = await runCellForJson(page, server.url, cell, 1_800_000);
      return { json, machine: await machineInfo(page) };
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
}
