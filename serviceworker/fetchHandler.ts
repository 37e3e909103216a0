/**
 * How the service worker answers the app's requests. Cache first: the cache holds one deploy,
 * whole (see cacheVersion.ts), so what it has is what this version serves; anything else comes
 * from the network and is kept for next time (a dataset, one of Monaco's language files). Every
 * answer gets the app's headers (appHeaders.ts). With no network and nothing cached, a page
 * says so instead of the browser's error.
 */
import { staticPathForLegacy } from '../lib/routes/appRoutes';
import { withAppHeaders, type AppPolicies } from './appHeaders';
import { cacheName } from './cacheVersion';

/** What the handler needs from the worker's global scope (injectable, for tests). */
export interface FetchContext extends AppPolicies {
  /** The deploy's version (names its cache). */
  version: string;
  /** The path the app is served under ('' at the host's root). */
  basePath: string;
  /** Cache Storage (self.caches). */
  caches: Pick<CacheStorage, 'open'>;
  /** The network (self.fetch). */
  fetch: (request: Request) => Promise<Response>;
}

/** Whether the worker answers a request: a GET for a file of the app, on its origin and under its base path. */
export function handlesRequest(request: Request, origin: string, basePath: string): boolean {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  return url.origin === origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
}

const OFFLINE_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Offline · Sparkbook</title>' +
  '<p>Sparkbook is offline and this page was not saved on this device. Go back to <a href="./">the notebooks</a>, or reconnect and reload.</p>';

/** The answer to one request the worker handles. */
export async function respond(request: Request, ctx: FetchContext): Promise<Response> {
  const url = new URL(request.url);
  const addHeaders = (response: Response) => withAppHeaders(response, url, ctx.basePath, ctx);

  // An old /notebooks/<id> link (the Node server's form) opens the static page for that id,
  // unless the path is a real file (public/notebooks holds the examples' .ipynb files).
  const moved = () => {
    const path =
      request.mode === 'navigate'
        ? staticPathForLegacy(url.pathname, url.search, url.hash, { static: true, basePath: ctx.basePath })
        : null;
    return path ? Response.redirect(new URL(path, url.origin).href, 302) : null;
  };

  const cache = await ctx.caches.open(cacheName(ctx.version));
  // A static host serves a file whatever its query: /notebook/?id=… is /notebook/, Next's ?_rsc=… is the .txt.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return addHeaders(cached);

  let response: Response;
  try {
    response = await ctx.fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    return (
      moved() ??
      addHeaders(
        new Response(OFFLINE_PAGE, { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
      )
    );
  }
  if (response.status === 404) return moved() ?? addHeaders(response);
  // Keep whole, plain answers only: not a redirect, not part of a file, not an error page
  // (nor an opaque answer, whose status reads 0).
  if (response.status === 200 && !response.redirected && !request.headers.has('Range')) {
    await cache.put(request, response.clone());
  }
  return addHeaders(response);
}
