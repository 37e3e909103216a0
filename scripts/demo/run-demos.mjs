// `npm run demo`: drives the app through each example notebook in real Chromium as a reader
// would — open it from the gallery, Run all, watch it train, wait for the last cell's result,
// scroll to the results — and writes screenshots, each page's console log and a summary to
// demo-output/.
//
//   npm run demo                      serve the production app (scripts/start.mjs, building it
//                                     when stale) on DEMO_PORT (3500) and run every example headless
//   npm run demo -- --headed          the same in a visible browser window
//   npm run demo -- --only mnist      one example (iris, mnist, lstm)
//   npm run demo -- --url http://localhost:3400   use an app that is already running
//
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium, with the flags playwright.config.ts uses.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { DEMOS } from './demos.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    headed: { type: 'boolean', default: false },
    only: { type: 'string' },
    url: { type: 'string' },
    out: { type: 'string', default: join(root, 'demo-output') },
  },
});
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
];
const port = Number(process.env.DEMO_PORT ?? 3500);

/** The app's URL: --url, or the production server started here (stopped on exit). */
async function serveApp() {
  if (args.url) return { url: args.url.replace(/\/$/, ''), stop() {} };
  const server = spawn('node', ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', (d) => process.stderr.write(d));
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 900; i++) {
    if (server.exitCode !== null) throw new Error('the app server exited; run `npm run build` and look for errors');
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet: try again in a second.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`the app did not start on ${url}`);
}

const demos = DEMOS.filter((d) => !args.only || d.name === args.only);
if (!demos.length) {
  console.error(`demo: no example called "${args.only}"; choose one of ${DEMOS.map((d) => d.name).join(', ')}`);
  process.exit(2);
}
mkdirSync(args.out, { recursive: true });
const app = await serveApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  headless: !args.headed,
});
const summary = [];
let failed = false;
try {
  for (const demo of demos) {
    // A fresh context per example: its own IndexedDB, so each starts from an empty gallery.
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const log = [];
    const started = Date.now();
    const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
    context.on('console', (m) => log.push(`${stamp()} [${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.push(`${stamp()} [pageerror] ${e.name}: ${e.message}`));
    const shots = [];
    const shoot = async (label, target) => {
      const path = join(args.out, `${demo.name}-${String(shots.length + 1).padStart(2, '0')}-${label}.png`);
      await (target ?? page).screenshot({ path, ...(target ? {} : { fullPage: false }) });
      shots.push(path);
      console.log(`demo: ${demo.name}: ${label} → ${path.slice(root.length + 1)}`);
    };
    try {
      console.log(`demo: ${demo.name}: ${demo.title}`);
      const result = await demo.run(page, { shoot, log: (line) => log.push(`${stamp()} [demo] ${line}`) });
      const seconds = (Date.now() - started) / 1000;
      console.log(`demo: ${demo.name}: ${result} (${seconds.toFixed(0)} s)`);
      summary.push({ name: demo.name, title: demo.title, result, seconds, screenshots: shots.map((p) => p.slice(root.length + 1)) });
      if (!/PASS/.test(result)) failed = true;
    } catch (e) {
      failed = true;
      log.push(`${stamp()} [demo] failed: ${e.stack ?? e}`);
      console.error(`demo: ${demo.name} failed: ${e.message}`);
      await shoot('failure').catch(() => {});
      summary.push({ name: demo.name, title: demo.title, error: String(e.message ?? e), seconds: (Date.now() - started) / 1000 });
    } finally {
      writeFileSync(join(args.out, `${demo.name}-console.log`), log.join('\n') + '\n');
      await context.close();
    }
  }
} finally {
  await browser.close();
  app.stop();
}
writeFileSync(
  join(args.out, 'summary.json'),
  JSON.stringify({ date: new Date().toISOString(), url: app.url, demos: summary }, null, 2) + '\n',
);
console.log(
  `demo: wrote ${args.out.startsWith(root) ? args.out.slice(root.length + 1) : args.out}/ (screenshots, console logs, summary.json)`,
);
process.exit(failed ? 1 : 0);
