// `npm run bench`: the cluster benchmark (clusterThroughput.mjs), the MNIST example's time to
// accuracy on 1 and 2 executors (mnistTimeToAccuracy.mjs), the per-backend training benchmark
// (trainingThroughput.mjs), the longest main-thread task opening big notebooks
// (responsiveness.mjs) and while each example runs all (runAllResponsiveness.mjs), one after the
// other; bench/results/latest.json holds them all.
// BENCH_ONLY=cluster|mnist|training|responsiveness|runall runs one of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const results = join(here, 'results');
mkdirSync(results, { recursive: true });
const only = process.env.BENCH_ONLY;
const parts = [
  ['cluster', 'clusterThroughput.mjs'],
  ['mnist', 'mnistTimeToAccuracy.mjs'],
  ['training', 'trainingThroughput.mjs'],
  ['responsiveness', 'responsiveness.mjs'],
  ['runall', 'runAllResponsiveness.mjs'],
].filter(([name]) => !only || only === name);

// With BENCH_ONLY, the other part of latest.json is kept from the previous run.
const latestPath = join(results, 'latest.json');
const previous = only && existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : {};
const latest = { ...previous, date: new Date().toISOString() };
for (const [name, script] of parts) {
  const out = join(results, `${name}.json`);
  const r = spawnSync('node', [join(here, script)], { stdio: 'inherit', env: { ...process.env, BENCH_OUT: out } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  latest.machine = json.machine;
  latest[name] = json;
}
writeFileSync(latestPath, JSON.stringify(latest, null, 2) + '\n');
console.log(`bench: wrote ${latestPath}`);
