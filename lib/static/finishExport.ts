/**
 * The last step of `npm run build:static`, on Next's export (out/): puts each page's policy into
 * it as a <meta> tag, and returns what the service worker needs (lib/offline/serviceWorkerProtocol.ts): the
 * header policies, the files to precache and the version naming their cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hashedPagePolicy, workerPolicy } from '../security/contentSecurityPolicy';
import type { ServiceWorkerConfig } from '../offline/serviceWorkerProtocol';
import { inlineScriptHashes, withMetaPolicy } from './inlineScripts';
import { isPrecached, precachePath } from './precacheList';

/** For build-static.mjs, which loads this module bundled. */
export { normalizeBasePath } from './staticExportConfig';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** The version of a set of files: a hash of their paths and contents, 16 hex digits. */
export function versionOf(files: readonly { path: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const { path, content } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(path).update('\0').update(createHash('sha256').update(content).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Stamps the pages in `outDir` with their policies and returns the service worker's config. */
export function finishExport({ outDir, basePath }: { outDir: string; basePath: string }): ServiceWorkerConfig {
  const files = listFiles(outDir).map((abs) => ({ abs, path: `/${relative(outDir, abs).split(sep).join('/')}` }));
  const allHashes = new Set<string>();
  for (const { abs } of files.filter((f) => f.path.endsWith('.html'))) {
    const html = readFileSync(abs, 'utf8');
    const scriptHashes = inlineScriptHashes(html);
    scriptHashes.forEach((h) => allHashes.add(h));
    writeFileSync(abs, withMetaPolicy(html, hashedPagePolicy({ scriptHashes, meta: true })));
  }
  const precached = files.filter((f) => isPrecached({ path: f.path, bytes: statSync(f.abs).size }));
  return {
    // Every file, not only the precached ones: a changed dataset is a new deploy too.
    version: versionOf(files.map((f) => ({ path: f.path, content: readFileSync(f.abs) }))),
    basePath,
    pagePolicy: hashedPagePolicy({ scriptHashes: [...allHashes] }),
    workerPolicy: workerPolicy(),
    precache: precached.map((f) => precachePath(f.path)).sort(),
  };
}
