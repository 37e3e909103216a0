/**
 * The headers the Node server sends (next.config.ts, proxy.ts) and a file host does not,
 * added by the service worker to the app's own responses: COOP/COEP make the page cross-origin
 * isolated (SharedArrayBuffer for the kernel and the cluster), plus nosniff, no-referrer and
 * the Content-Security-Policy. Headers the host did send are kept as they are.
 */
import { SECURITY_HEADERS } from '../lib/security/contentSecurityPolicy';

/** The two policies a response can get. */
export interface AppPolicies {
  /** For pages (and every file that is not a worker chunk). */
  pagePolicy: string;
  /** For the kernel's and executors' scripts, which evaluate cells and compile WASM. */
  workerPolicy: string;
}

/**
 * Worker scripts are Next's chunks; as on the server (next.config.ts) every file under
 * /_next/static gets the worker policy, which a browser reads only where a response becomes a
 * document or a worker.
 */
export function isWorkerChunk(pathname: string, basePath: string): boolean {
  return pathname.startsWith(`${basePath}/_next/static/`);
}

/** Responses whose headers can't be rewritten: opaque ones and redirects handed on as they are. */
function isOpaque(response: Response): boolean {
  return response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0;
}

/** The response with the app's security headers added where the host left them out. */
export function withAppHeaders(response: Response, url: URL, basePath: string, policies: AppPolicies): Response {
  if (isOpaque(response)) return response;
  const headers = new Headers(response.headers);
  for (const { key, value } of SECURITY_HEADERS) if (!headers.has(key)) headers.set(key, value);
  if (!headers.has('Content-Security-Policy')) {
    headers.set('Content-Security-Policy', isWorkerChunk(url.pathname, basePath) ? policies.workerPolicy : policies.pagePolicy);
  }
  const noBody = [101, 204, 205, 304].includes(response.status);
  return new Response(noBody ? null : response.body, { status: response.status, statusText: response.statusText, headers });
}
