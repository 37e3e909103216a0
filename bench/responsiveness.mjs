// Responsiveness with big notebooks: imports a one-cell notebook (the floor, what opening any
// notebook costs), a 5,000-cell notebook, one with a 100,000-row table output and a 40 MB notebook
// of saved logs (bench/bigInputs.mjs, the same ones e2e/big-notebooks.spec.ts opens), then reopens
// each from storage, and reports the longest main-thread task of each (PerformanceObserver
// 'longtask') and how long until every cell is shown. The goal is no task over 200 ms. Then it
// clicks the first cell's code, as a reader about to type does, and reports how long until its
// editor has the focus (Monaco loads on that first edit) and the longest task meanwhile. Writes
// bench/results/responsiveness.json (BENCH_OUT overrides) and prints a Markdown table;
// BENCH_BASELINE=<an earlier responsiveness.json> adds its figures to the table as "before".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heavyNotebook, longTableNotebook, manyCellsNotebook, oneCellNotebook } from './bigInputs.mjs';
import { launchBrowser, machineInfo, resultsDir, serveApp } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_MS = 200;
const CELL_1_CODE = 'section[aria-label="Cell 1"] [aria-label="Code of cell 1"]';
const TIMEOUT = 180_000;
const notebooks = [
  // Not big: the floor, what opening any notebook costs (the app, its kernel workers and the editor starting).
  ['1 empty cell', 'one-cell.ipynb', () => oneCellNotebook()],
  ['5,000 cells', 'five-thousand-cells.ipynb', () => manyCellsNotebook(5000)],
  ['100,000-row table output', 'long-table.ipynb', () => longTableNotebook(100_000)],
  ['40 MB of saved outputs', 'forty-megabytes.ipynb', () => heavyNotebook(40)],
];

function recordLongTasks() {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function longestTaskSince(page, since) {
  // Long tasks are reported a little after they end; the wait also catches work the page leaves for later.
  await page.waitForTimeout(2500);
  return page.evaluate(
    (since) => Math.round(Math.max(0, ...window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration))),
    since,
  );
}

/**
 * Waits until the first cell's code is shown, the kernel is idle and every cell is shown; returns
 * the page's clock then. CSS queries only: Playwright runs its role and text queries on the page's
 * own thread, and over a big notebook those make long tasks of their own.
 */
async function waitUntilOpen(page) {
  await page.locator(CELL_1_CODE).first().waitFor({ timeout: TIMEOUT });
  await page.locator('[role="status"][aria-label="Kernel status"][data-state="idle"]').waitFor({ timeout: TIMEOUT });
  // A long notebook's cells are added a chunk at a time, saying so below the last one shown.
  await page.locator('[data-cells-pending]').waitFor({ state: 'detached', timeout: TIMEOUT });
  return page.evaluate(() => performance.now());
}

async function measure(page, url, fileName, text) {
  const tmp = join(root, 'bench/tmp');
  mkdirSync(tmp, { recursive: true });
  const path = join(tmp, fileName);
  writeFileSync(path, text);
  await page.goto(url);
  await page.getByRole('heading', { name: 'My notebooks' }).waitFor();
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId('import-input').setInputFiles(path);
  await page.waitForURL(/\/notebooks\//, { timeout: TIMEOUT });
  const importOpenMs = Math.round((await waitUntilOpen(page)) - since);
  const importMs = await longestTaskSince(page, since);
  await page.reload();
  const reopenOpenMs = Math.round(await waitUntilOpen(page));
  const reopenMs = await longestTaskSince(page, 0);
  const firstEdit = await measureFirstEdit(page);
  return { megabytes: Number((text.length / (1024 * 1024)).toFixed(1)), importMs, reopenMs, importOpenMs, reopenOpenMs, ...firstEdit };
}

/** Clicks cell 1's code and times, in the page, from the press to its Monaco editor having the focus. */
async function measureFirstEdit(page) {
  await page.evaluate(() => {
    const times = {};
    window.__firstEdit = times;
    document.addEventListener('mousedown', () => (times.pressedAt ??= performance.now()), { capture: true, once: true });
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof Element && e.target.closest('.monaco-editor')) times.focusedAt ??= performance.now();
    });
  });
  const since = await page.evaluate(() => performance.now());
  await page.locator(CELL_1_CODE).first().click();
  await page.waitForFunction(() => window.__firstEdit.focusedAt !== undefined, null, { timeout: TIMEOUT });
  const { pressedAt, focusedAt } = await page.evaluate(() => window.__firstEdit);
  return { firstEditMs: Math.round(focusedAt - pressedAt), firstEditTaskMs: await longestTaskSince(page, since) };
}

const server = await serveApp(root, Number(process.env.BENCH_PORT ?? 3400));
const results = {};
let machine;
try {
  const browser = await launchBrowser();
  try {
    for (const [label, fileName, build] of notebooks) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(recordLongTasks);
      results[label] = await measure(page, server.url, fileName, build());
      machine ??= await machineInfo(page);
      console.error(`responsiveness: ${label}: ${JSON.stringify(results[label])}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  server.stop();
}

const baseline = process.env.BENCH_BASELINE ? JSON.parse(readFileSync(process.env.BENCH_BASELINE, 'utf8')).results : null;
const mark = (ms) => (ms === undefined ? '—' : `${ms.toLocaleString('en-US')} ms${ms > GOAL_MS ? ' ✗' : ''}`);
const seconds = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const before = (label, key) => (baseline ? ` | ${mark(baseline[label]?.[key])}` : '');
const table = [
  `| Opening a big notebook | .ipynb${baseline ? ' | import, before' : ''} | longest task, import | all cells shown after${baseline ? ' | reopen, before' : ''} | longest task, reopen | all cells shown after | first edit: click to editor focused | longest task, first edit |`,
  `|---|---:${baseline ? '|---:' : ''}|---:|---:${baseline ? '|---:' : ''}|---:|---:|---:|---:|`,
  ...Object.entries(results).map(
    ([label, r]) =>
      `| ${label} | ${r.megabytes} MB${before(label, 'importMs')} | ${mark(r.importMs)} | ${seconds(r.importOpenMs)}${before(label, 'reopenMs')} | ${mark(r.reopenMs)} | ${seconds(r.reopenOpenMs)} | ${seconds(r.firstEditMs)} | ${mark(r.firstEditTaskMs)} |`,
  ),
].join('\n');
const note = `Longest main-thread task (goal ≤ ${GOAL_MS} ms; ✗ over it); "all cells shown" counts from choosing the file, or from the reload; "first edit" from pressing on cell 1's code after the reopen to its editor having the focus.`;
console.log(`\n${table}\n\n${note}\n`);
mkdirSync(resultsDir(root), { recursive: true });
const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'responsiveness.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine, goalMs: GOAL_MS, results, table }, null, 2) + '\n');
