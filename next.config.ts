import type { NextConfig } from 'next';
import { SECURITY_HEADERS, workerPolicy } from './lib/security/contentSecurityPolicy';
import { SERVER_PAGE_EXTENSIONS, staticExportConfig } from './lib/static/staticExportConfig';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build directory lets a developer smoke-test while the e2e suite builds .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // app/**/page.server.tsx: pages only the Node server has (see lib/static/staticExportConfig.ts).
  pageExtensions: SERVER_PAGE_EXTENSIONS,
  // Inlined into every bundle, workers included (lib/routes/appRoutes.ts); the static export sets them.
  env: { NEXT_PUBLIC_SPARKBOOK_STATIC: '', NEXT_PUBLIC_SPARKBOOK_BASE_PATH: '' },
  async headers() {
    return [
      // Cross-origin isolation, nosniff and no-referrer on every response (see SECURITY_HEADERS).
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      // The kernel and executor workers are Turbopack chunks (`turbopack-worker-<hash>.js` and
      // the chunks it imports), and a worker enforces the CSP of its script's response. Every
      // file here gets the worker policy rather than a list of worker chunk names that a
      // bundler upgrade could change. That is harmless: HTML builds a policy container from a
      // response only when the response becomes a document or a worker, so the header is
      // ignored for a <script src>, a stylesheet or a font a page loads (and a .js opened
      // directly is shown as text, with nosniff).
      // The page policy comes from proxy.ts, which skips this folder.
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: workerPolicy() }] },
    ];
  },
};

// `npm run build:static` (SPARKBOOK_STATIC=1): plain files for any host; see lib/static.
export default process.env.SPARKBOOK_STATIC === '1' ? staticExportConfig(nextConfig, process.env.SPARKBOOK_BASE_PATH ?? '') : nextConfig;
