// A plain static file server for the static export (out/), as a file host serves it: files
// only, no COOP/COEP, no CSP, nothing computed. Used by the static e2e and to try a build:
//   node scripts/static/serve-static.mjs [--dir out] [--port 3125] [--base /sparkbook] [--log]
// --log prints `sent <bytes> <path>` for each file (the static e2e sums a visit's download).
// A folder serves its index.html; anything missing gets 404.html with status 404 (GitHub
// Pages and most hosts do the same), which forwards old /notebooks/<id> links.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.ipynb': 'application/x-ipynb+json',
  '.md': 'text/markdown; charset=utf-8',
};

/** Starts the server; `onSent(path, bytes)` hears of each file sent (the static e2e counts a visit's download). */
export function serveStatic({ dir = 'out', port = 3125, base = '', host = 'localhost', onSent = () => {} } = {}) {
  const root = resolve(dir);
  const prefix = base.replace(/\/+$/, '');
  const fileAt = (path) => {
    try {
      const s = statSync(path);
      if (s.isFile()) return path;
      if (s.isDirectory()) return fileAt(join(path, 'index.html'));
    } catch {
      // missing: fall through
    }
    return null;
  };
  const send = (res, status, path) => {
    const bytes = statSync(path).size;
    res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': bytes });
    res.on('finish', () => onSent(path, bytes));
    createReadStream(path).pipe(res);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const inside = pathname === prefix || pathname.startsWith(`${prefix}/`);
    const path = inside ? normalize(join(root, pathname.slice(prefix.length))) : null;
    if (path && (path === root || path.startsWith(root + sep))) {
      // A folder asked for without its slash: redirect, so relative URLs in its page resolve.
      if (!pathname.endsWith('/') && fileAt(path) && statSync(path).isDirectory()) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` });
        return res.end();
      }
      const file = fileAt(path);
      if (file) return send(res, 200, file);
    }
    const notFound = fileAt(join(root, '404.html'));
    if (notFound) return send(res, 404, notFound);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const options = {
    dir: arg('--dir', 'out'),
    port: Number(arg('--port', process.env.PORT ?? 3125)),
    base: arg('--base', process.env.SPARKBOOK_BASE_PATH ?? ''),
  };
  if (args.includes('--log')) options.onSent = (path, bytes) => console.log(`sent ${bytes} ${path}`);
  serveStatic(options).then(() =>
    console.log(`serve-static: ${options.dir} at http://localhost:${options.port}${options.base}/ (no special headers)`),
  );
}
