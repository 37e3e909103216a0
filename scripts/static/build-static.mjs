// `npm run build:static`: Sparkbook as plain files (out/) that any static host serves, under a
// base path: SPARKBOOK_BASE_PATH=/some/path (or --base-path /some/path) for a project page
// such as https://host/some/path/; none for a host's root.
//   1. public/vendor (Monaco, TF.js WASM), as `npm run build` does;
//   2. `next build` with SPARKBOOK_STATIC=1 (lib/static/staticExportConfig.ts), exported to out/
//      (npm start's .next is set aside meanwhile and put back);
//   3. each page's CSP as a <meta> tag, and out/sw.js, the service worker, with its config
//      (lib/static/finishExport.ts, serviceworker/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const basePathArg = args.includes('--base-path') ? args[args.indexOf('--base-path') + 1] : (process.env.SPARKBOOK_BASE_PATH ?? '');
const outDir = join(root, 'out');
// Scratch space for the bundled finisher and worker (ignored by git, like .next).
const workDir = join(root, '.next-static');

function run(command, commandArgs, env = {}) {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * Bundles one TypeScript entry into a single file (tsconfig's @/ alias included), with the
 * static build's settings inlined as next.config.ts inlines them into the app's bundles.
 */
async function bundle(input, file, format, platform, basePath = '') {
  await build({
    input: join(root, input),
    cwd: root,
    platform,
    transform: {
      define: {
        'process.env.NEXT_PUBLIC_SPARKBOOK_STATIC': JSON.stringify('1'),
        'process.env.NEXT_PUBLIC_SPARKBOOK_BASE_PATH': JSON.stringify(basePath),
      },
    },
    resolve: { alias: { '@': root } },
    output: { file, format, minify: format === 'iife' },
    logLevel: 'warn',
  });
}

/** out/ holds an export for this base path that is newer than every source (`--if-stale` skips the build then). */
function isFresh(basePath) {
  const sw = join(outDir, 'sw.js');
  if (!existsSync(sw)) return false;
  const text = readFileSync(sw, 'utf8');
  const built = JSON.parse(text.slice(text.indexOf('=') + 1, text.indexOf(';\n'))).basePath;
  if (built !== basePath) return false;
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const s = statSync(path);
    if (!s.isDirectory()) return s.mtimeMs;
    return readdirSync(path, { withFileTypes: true })
      .filter((e) => e.name !== 'node_modules' && e.name !== 'vendor' && !e.name.startsWith('.'))
      .reduce((m, e) => Math.max(m, newest(join(path, e.name))), 0);
  };
  const sources = ['app', 'components', 'kernels', 'lib', 'public', 'serviceworker', 'scripts/static', 'next.config.ts', 'package.json'];
  return Math.max(...sources.map((p) => newest(join(root, p)))) < statSync(sw).mtimeMs;
}

if (args.includes('--if-stale') && isFresh(basePathArg.replace(/\/+$/, '') === '' ? '' : `/${basePathArg.replace(/^\/+|\/+$/g, '')}`)) {
  console.log('build:static: out/ is up to date');
  process.exit(0);
}

run('npm', ['run', 'vendor']);
rmSync(outDir, { recursive: true, force: true });
// With output: 'export' Next keeps its build in .next whatever distDir says (distDir names only
// the export's folder), which would replace npm start's build with this one: park that aside.
mkdirSync(workDir, { recursive: true });
const serverBuild = join(root, '.next');
const parked = join(workDir, 'node-server-build');
rmSync(parked, { recursive: true, force: true });
if (existsSync(serverBuild)) renameSync(serverBuild, parked);
let status;
try {
  status = spawnSync(join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SPARKBOOK_STATIC: '1', SPARKBOOK_BASE_PATH: basePathArg },
  }).status;
} finally {
  rmSync(serverBuild, { recursive: true, force: true });
  if (existsSync(parked)) renameSync(parked, serverBuild);
}
if (status !== 0) process.exit(status ?? 1);

const finisher = join(workDir, 'finishExport.mjs');
await bundle('lib/static/finishExport.ts', finisher, 'esm', 'node');
const { finishExport, normalizeBasePath } = await import(pathToFileURL(finisher).href);
const config = finishExport({ outDir, basePath: normalizeBasePath(basePathArg) });

const swBundle = join(workDir, 'sw.js');
await bundle('serviceworker/sw.ts', swBundle, 'iife', 'browser', config.basePath);
writeFileSync(join(outDir, 'sw.js'), `self.SPARKBOOK_SERVICE_WORKER = ${JSON.stringify(config)};\n${readFileSync(swBundle, 'utf8')}`);

function sizeOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(
  `build:static: out/ ready (${mb(sizeOf(outDir))}), base path "${config.basePath || '/'}", version ${config.version}, ` +
    `${config.precache.length} files precached by the service worker. Serve out/ from any static host; ` +
    `\`node scripts/static/serve-static.mjs --base ${config.basePath || "''"}\` tries it locally.`,
);
