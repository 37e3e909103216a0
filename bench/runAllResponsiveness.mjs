// The page while an example runs: opens each example notebook from the gallery, clicks Run all,
// and, until its last cell states PASS or FAIL, presses ↓/↑ in command mode twice a second (moving
// the selection: harmless to the run). Reports the longest main-thread task (PerformanceObserver
// 'longtask'), how many tasks passed 50 and 100 ms, and the slowest key press (Event Timing:
// from the key to the next frame; presses under 16 ms are not reported by the browser).
// The goal: no task over 100 ms, keys under 50 ms. Writes bench/results/runall.json (BENCH_OUT
// overrides) and prints a Markdown table; BENCH_EXAMPLES=Iris,MNIST picks examples by title start,
// BENCH_KEY_INTERVAL_MS sets the time between presses (typing speed: 125 is eight keys a second).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, machineInfo, resultsDir, serveApp } from './notebookDriver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TASK_GOAL_MS = 100;
const KEY_GOAL_MS = 50;
const RUN_TIMEOUT_MS = 30 * 60_000;
const KEY_INTERVAL_MS = Number(process.env.BENCH_KEY_INTERVAL_MS ?? 500);
const EXAMPLES = ['Iris', 'MNIST: an MLP', 'LSTM forecast', 'MNIST learning-rate sweep'];
const chosen = process.env.BENCH_EXAMPLES ? process.env.BENCH_EXAMPLES.split(',').map((s) => s.trim()) : EXAMPLES;

function observe() {
  window.__longTasks = [];
  window.__keys = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown')
        window.__keys.push({
          start: entry.startTime,
          duration: entry.duration,
          // Where a slow key's time goes: waiting for the page's thread, the handlers, then the frame.
          inputDelay: entry.processingStart - entry.startTime,
          handlers: entry.processingEnd - entry.processingStart,
          toFrame: entry.startTime + entry.duration - entry.processingEnd,
        });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * The slowest key press's time split into input delay, handlers and the wait for the frame (ms),
 * and when it was pressed (ms after Run all was clicked).
 */
function slowest(keys, since) {
  if (keys.length === 0) return null;
  const k = keys.reduce((a, b) => (b.duration > a.duration ? b : a));
  return {
    inputDelay: Math.round(k.inputDelay),
    handlers: Math.round(k.handlers),
    toFrame: Math.round(k.toFrame),
    afterRunAll: Math.round(k.start - since),
  };
}

async function measure(page, url, title) {
  await page.goto(url);
  await page
    .getByRole('list', { name: 'Example notebooks' })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();
  await page.waitForURL(/\/notebooks\//);
  const status = page.getByRole('status', { name: 'Kernel status' });
  await status.filter({ hasText: 'idle' }).waitFor({ timeout: 180_000 });
  const cells = page.locator('[data-cell-id]');
  const count = await cells.count();
  // A CSS query, not a role query: Playwright computes roles and names over the whole page on the
  // page's thread, which would itself make the long tasks this measures.
  const last = page.locator(`[aria-label="Output of cell ${count}"]`);
  const since = await page.evaluate(() => performance.now());
  const started = Date.now();
  await page.locator('button', { hasText: /Run all$/ }).click();
  let presses = 0;
  let down = true;
  while (!/— (PASS|FAIL)/.test((await last.textContent().catch(() => '')) ?? '')) {
    if (Date.now() - started > RUN_TIMEOUT_MS) throw new Error(`${title}: Run all did not finish in ${RUN_TIMEOUT_MS / 60_000} min`);
    if ((await page.locator('[data-output-type="error"]').count()) > 0) throw new Error(`${title}: a cell failed`);
    // Command mode: a cell (not its editor) has the focus, as after Esc.
    await page.evaluate(() => {
      const active = document.activeElement;
      if (!active?.closest('[data-cell-id]') || active.closest('.monaco-editor')) document.querySelector('[data-cell-id]')?.focus();
    });
    await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    down = !down;
    presses++;
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
  const seconds = (Date.now() - started) / 1000;
  await page.waitForTimeout(1000); // long tasks are reported a little after they end
  const { tasks, keys } = await page.evaluate(
    (since) => ({ tasks: window.__longTasks.filter((t) => t.start >= since), keys: window.__keys.filter((k) => k.start >= since) }),
    since,
  );
  const durations = tasks.map((t) => t.duration);
  return {
    seconds: Math.round(seconds),
    longestTaskMs: Math.round(Math.max(0, ...durations)),
    tasksOver50: durations.filter((d) => d > 50).length,
    tasksOver100: durations.filter((d) => d > 100).length,
    keyPresses: presses,
    slowestKeyMs: keys.length ? Math.round(Math.max(...keys.map((k) => k.duration))) : null,
    keysOver50: keys.filter((k) => k.duration > 50).length,
    slowestKeySplitMs: slowest(keys, since),
  };
}

const server = await serveApp(root, Number(process.env.BENCH_PORT ?? 3401));
const results = {};
let machine;
try {
  const browser = await launchBrowser();
  try {
    for (const title of chosen) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript(observe);
      results[title] = await measure(page, server.url, title);
      machine ??= await machineInfo(page);
      console.error(`runall: ${title}: ${JSON.stringify(results[title])}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  server.stop();
}

const split = (s) => (s ? `${s.inputDelay} / ${s.handlers} / ${s.toFrame} ms, ${(s.afterRunAll / 1000).toFixed(1)} s in` : '–');
const mark = (ms, goal) => (ms === null ? '< 16 ms' : `${ms.toLocaleString('en-US')} ms${ms > goal ? ' ✗' : ''}`);
const table = [
  '| Run all | took | longest task | tasks > 50 ms | tasks > 100 ms | slowest key (of presses) | its input delay / handlers / to frame, when | keys > 50 ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(results).map(
    ([title, r]) =>
      `| ${title} | ${r.seconds} s | ${mark(r.longestTaskMs, TASK_GOAL_MS)} | ${r.tasksOver50} | ${r.tasksOver100} | ${mark(r.slowestKeyMs, KEY_GOAL_MS)} (${r.keyPresses}) | ${split(r.slowestKeySplitMs)} | ${r.keysOver50} |`,
  ),
].join('\n');
console.log(`\n${table}\n\nGoal: no main-thread task over ${TASK_GOAL_MS} ms and keys under ${KEY_GOAL_MS} ms while an example runs.\n`);
mkdirSync(resultsDir(root), { recursive: true });
const out = process.env.BENCH_OUT ?? join(resultsDir(root), 'runall.json');
writeFileSync(
  out,
  JSON.stringify(
    { date: new Date().toISOString(), machine, goals: { taskMs: TASK_GOAL_MS, keyMs: KEY_GOAL_MS }, results, table },
    null,
    2,
  ) + '\n',
);
