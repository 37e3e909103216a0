import type { NextConfig } from 'next';
import { SECURITY_HEADERS, workerPolicy } from './lib/security/contentSecurityPolicy';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build directory lets a developer smoke-test while the e2e suite builds .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
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

export default nextConfig;
