/**
 * The Content-Security-Policy strings Sparkbook serves, built in one place so the page policy,
 * the worker policy and the tests cannot drift apart.
 *
 * Two policies, because the app has two kinds of JavaScript context with opposite needs:
 * - Pages run only our own bundles. No eval of any kind: a script injected into a page (through
 *   a Markdown or output bug) cannot run, and cannot fetch or post anywhere but our origin.
 * - Workers (the kernel and the executors) run notebook cells, which the runtime evaluates
 *   with indirect eval, and TF.js WASM, which compiles WebAssembly. They get 'unsafe-eval' and
 *   'wasm-unsafe-eval', but still connect only to our origin, so a cell cannot send data away.
 * A dedicated worker started from a same-origin URL enforces the CSP of the worker script's own
 * response (HTML "run a worker": the worker's policy container comes from its response), not
 * the page's, which is how the two policies stay apart.
 */

/** A policy as directive name -> its source list, in the order they are written. */
export type PolicyDirectives = Readonly<Record<string, readonly string[]>>;

/** Directives every policy shares: our own origin for everything, nothing framing us. */
const SHARED_DIRECTIVES: PolicyDirectives = {
  'default-src': ["'self'"],
  // Monaco and KaTeX set inline styles and inject <style> elements; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Next's worker chunks and Monaco's workers are same-origin URLs; fflate starts blob: workers.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Writes a policy in header syntax: `name source source; name source`. */
export function serializePolicy(directives: PolicyDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Reads a policy header back into directives (for tests and checks; ignores empty parts). */
export function parsePolicy(header: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

/** Options for the page policy. */
export interface PagePolicyOptions {
  /** The per-request nonce Next puts on its own inline and bundle <script> tags. */
  nonce: string;
  /** `next dev`: React's dev build uses eval for its error overlay and stack reconstruction. */
  dev?: boolean;
}

/**
 * The policy for HTML pages. Scripts: our origin plus the request's nonce (Next's inline RSC
 * payload scripts carry it). 'wasm-unsafe-eval' lets the models page compile h5wasm to read and
 * write Keras .h5 files; it allows WebAssembly compilation only, never JavaScript eval.
 * No 'strict-dynamic': it would switch 'self' off, and Monaco's AMD loader adds its own
 * <script src> tags from /vendor, which 'self' is what allows.
 */
export function pagePolicy({ nonce, dev = false }: PagePolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('pagePolicy: the nonce must be base64 (A-Z, a-z, 0-9, +, /, -, _)');
  return serializePolicy({
    ...SHARED_DIRECTIVES,
    'script-src': ["'self'", `'nonce-${nonce}'`, "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])],
  });
}

/**
 * The policy for worker scripts (served with every file under /_next/static, see
 * next.config.ts). Cells run by indirect eval and TF.js compiles WASM, hence the two evals;
 * connect-src stays 'self', so a cell's fetch or WebSocket to another origin is refused.
 */
export function workerPolicy(): string {
  return serializePolicy({
    ...SHARED_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  });
}

/** A fresh, unguessable nonce: 16 random bytes in base64 (one per page request). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce a page policy lets inline scripts run with (its script-src `'nonce-…'`), if any. */
export function policyNonce(header: string | null | undefined): string | undefined {
  const source = header ? parsePolicy(header)['script-src']?.find((s) => s.startsWith("'nonce-") && s.endsWith("'")) : undefined;
  return source?.slice("'nonce-".length, -1);
}

/** A response header as next.config.ts `headers()` takes it. */
export interface HeaderEntry {
  key: string;
  value: string;
}

/**
 * Headers on every response. Cross-origin isolation gives the kernel a SharedArrayBuffer (an
 * interrupt flag a busy worker reads without yielding, and the cluster's shared gradient
 * buffers); everything is served from our own origin, so require-corp costs nothing.
 */
export const SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
  // Browsers must not guess a script or style out of a CSV or JSON file we serve.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links out of a notebook tell the other site nothing about which notebook was open.
  { key: 'Referrer-Policy', value: 'no-referrer' },
];

/** Options for the static export's page policy. */
export interface HashedPagePolicyOptions {
  /** 'sha256-…' sources of the page's inline scripts (computed when the pages are exported). */
  scriptHashes: readonly string[];
  /** For a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there, with a warning). */
  meta?: boolean;
}

/**
 * The page policy of the static export (`npm run build:static`). Its pages are prerendered, so
 * there is no request to carry a nonce, but their inline scripts are fixed and hashed instead:
 * the same protection, written once per file. Everything else is pagePolicy's.
 */
export function hashedPagePolicy({ scriptHashes, meta = false }: HashedPagePolicyOptions): string {
  for (const hash of scriptHashes) {
    if (!/^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(hash))
      throw new Error(`hashedPagePolicy: ${hash} is not a quoted 'sha256-<base64>' source`);
  }
  const { 'frame-ancestors': frameAncestors, ...rest } = SHARED_DIRECTIVES;
  return serializePolicy({
    ...rest,
    ...(meta ? {} : { 'frame-ancestors': frameAncestors }),
    'script-src': ["'self'", ...scriptHashes, "'wasm-unsafe-eval'"],
  });
}
