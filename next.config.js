/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build directory lets a developer smoke-test while the e2e suite builds .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Cross-origin isolation gives the kernel a SharedArrayBuffer: an interrupt flag that a
  // busy worker can read without yielding, and (for the cluster) shared gradient buffers.
  // Everything is served from our own origin, so require-corp costs nothing.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
