// `npm start`: build the production app when there is no build yet (or it is older than
// the sources), then serve it on http://localhost:3000 (PORT overrides).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// NEXT_DIST_DIR (read by next.config.ts too) lets a second build live beside .next.
const buildId = join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'vendor') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sourceDirs = ['app', 'components', 'kernels', 'lib', 'public'].map((d) => join(root, d)).filter(existsSync);
// Root files that shape the build too: the headers and CSP (next.config.ts, proxy.ts) and the
// code that runs before the app in the page.
const rootSources = ['next.config.ts', 'proxy.ts', 'instrumentation-client.ts'].map((f) => join(root, f)).filter(existsSync);
const stale =
  !existsSync(buildId) ||
  sourceDirs.some((d) => newestMtime(d) > statSync(buildId).mtimeMs) ||
  rootSources.some((f) => statSync(f).mtimeMs > statSync(buildId).mtimeMs);
if (stale || process.env.SPARKBOOK_REBUILD) {
  console.log('start: building the app (first run or sources changed)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const server = spawn(join(root, 'node_modules/.bin/next'), ['start', '-p', port, '-H', process.env.HOST ?? 'localhost'], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
