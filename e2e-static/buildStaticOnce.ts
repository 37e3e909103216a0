/** Builds the static export for the e2e (under STATIC_BASE) unless out/ already holds a fresh one. */
import { spawnSync } from 'node:child_process';
import { STATIC_BASE } from '../playwright.static.config';

export default function buildStaticOnce() {
  const r = spawnSync('node', ['scripts/static/build-static.mjs', '--base-path', STATIC_BASE, '--if-stale'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build:static failed (exit ${r.status}); see its output above`);
}
