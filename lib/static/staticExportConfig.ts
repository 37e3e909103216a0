/**
 * The Next config of the static export (`npm run build:static`): every page prerendered to a
 * folder of files (out/) that any file host serves, under a base path.
 *
 * What differs from the Node server's build, and why:
 * - No proxy and no headers(): a file host runs no code and sets no headers. The page CSP
 *   (with the hashes of each page's inline scripts) goes into each page as a <meta> tag, and the
 *   service worker adds it, COOP/COEP and the rest as headers (scripts/static/finish-static.mjs).
 * - Pages with an id in their path (app/*\/[id]/page.server.tsx) exist only on the server; the
 *   static pages read the id from the query string (lib/routes/appRoutes.ts). `pageExtensions`
 *   without 'server.tsx' (and without 'ts', which would pick up proxy.ts) leaves them out.
 * - trailingSlash: each page is <route>/index.html, which every file server serves.
 */
import type { NextConfig } from 'next';

/** Page files the Node server's build reads: `server.tsx` is for pages only it can serve. */
export const SERVER_PAGE_EXTENSIONS = ['server.tsx', 'tsx', 'ts', 'jsx', 'js'];
/** Page files the static export reads: no `server.tsx` pages, no proxy.ts. */
export const STATIC_PAGE_EXTENSIONS = ['tsx', 'jsx'];

/** '/some/path/' or 'some/path' → '/some/path'; '' or '/' → '' (the host's root). */
export function normalizeBasePath(input: string): string {
  const trimmed = input.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(
      `SPARKBOOK_BASE_PATH "${input}" is not a plain URL path: use letters, digits and - . _ ~ between slashes, e.g. /sparkbook or /my-org/notebooks.`,
    );
  }
  return `/${trimmed}`;
}

/** The server config turned into the static export's, served under `basePath`. */
export function staticExportConfig(server: NextConfig, basePath: string): NextConfig {
  const base = normalizeBasePath(basePath);
  // Everything but headers(): a static export can't send any (Next warns and ignores them).
  const { headers: _headers, ...rest } = server;
  void _headers;
  return {
    ...rest,
    output: 'export',
    // With output: 'export' distDir names the export's folder; Next still builds in .next
    // (scripts/static/build-static.mjs sets npm start's build aside meanwhile).
    distDir: process.env.NEXT_DIST_DIR || 'out',
    basePath: base,
    trailingSlash: true,
    pageExtensions: STATIC_PAGE_EXTENSIONS,
    images: { unoptimized: true },
    env: { ...rest.env, NEXT_PUBLIC_SPARKBOOK_STATIC: '1', NEXT_PUBLIC_SPARKBOOK_BASE_PATH: base },
  };
}
