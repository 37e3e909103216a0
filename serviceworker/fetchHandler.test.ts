import { describe, expect, it } from 'vitest';
import { cacheName } from './cacheVersion';
import { handlesRequest, respond, type FetchContext } from './fetchHandler';

/** Cache Storage in memory, with the one matching option the handler uses (ignoreSearch). */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const key = (url: string, ignoreSearch: boolean) => (ignoreSearch ? url.split('?')[0] : url);
  return {
    stores,
    async open(name: string) {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return {
        async match(request: RequestInfo | URL, options?: CacheQueryOptions) {
          const url = request instanceof Request ? request.url : String(request);
          for (const [k, v] of store) if (key(k, !!options?.ignoreSearch) === key(url, !!options?.ignoreSearch)) return v.clone();
          return undefined;
        },
        async put(request: RequestInfo | URL, response: Response) {
          store.set(request instanceof Request ? request.url : String(request), response);
        },
      } as unknown as Cache;
    },
  };
}

function context(network: (request: Request) => Promise<Response>) {
  const caches = memoryCaches();
  const requests: string[] = [];
  const ctx: FetchContext = {
    version: 'v1',
    basePath: '/sb',
    pagePolicy: 'page-policy',
    workerPolicy: 'worker-policy',
    caches,
    fetch: async (request) => {
      requests.push(request.url);
      return network(request);
    },
  };
  return { ctx, caches, requests };
}

const ORIGIN = 'https://host.example';
const navigate = (path: string) => {
  // Request's constructor refuses mode 'navigate'; a page load is a GET whose mode reads 'navigate'.
  const request = new Request(`${ORIGIN}${path}`);
  Object.defineProperty(request, 'mode', { value: 'navigate' });
  return request;
};

describe('handlesRequest', () => {
  it('takes GETs for the app under its base path only', () => {
    expect(handlesRequest(new Request(`${ORIGIN}/sb/notebook/?id=1`), ORIGIN, '/sb')).toBe(true);
    expect(handlesRequest(new Request(`${ORIGIN}/sb`), ORIGIN, '/sb')).toBe(true);
    expect(handlesRequest(new Request(`${ORIGIN}/sbx/`), ORIGIN, '/sb')).toBe(false);
    expect(handlesRequest(new Request(`${ORIGIN}/other/`), ORIGIN, '/sb')).toBe(false);
    expect(handlesRequest(new Request('https://elsewhere.example/sb/'), ORIGIN, '/sb')).toBe(false);
    expect(handlesRequest(new Request(`${ORIGIN}/sb/x`, { method: 'POST', body: 'x' }), ORIGIN, '/sb')).toBe(false);
  });
});

describe('respond', () => {
  it('adds the isolation headers and the page policy to a page from the network, and keeps it', async () => {
    const { ctx, caches } = context(async () => new Response('<p>gallery</p>', { headers: { 'Content-Type': 'text/html' } }));
    const response = await respond(navigate('/sb/'), ctx);
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(response.headers.get('Content-Security-Policy')).toBe('page-policy');
    expect(await response.text()).toBe('<p>gallery</p>');
    expect(caches.stores.get(cacheName('v1'))?.has(`${ORIGIN}/sb/`)).toBe(true);
  });

  it('gives a worker chunk the worker policy', async () => {
    const { ctx } = context(async () => new Response('self.onmessage = () => {}'));
    const response = await respond(new Request(`${ORIGIN}/sb/_next/static/chunks/kernel.js`), ctx);
    expect(response.headers.get('Content-Security-Policy')).toBe('worker-policy');
  });

  it('serves from the cache with no network, whatever the query (?id= pages share one file)', async () => {
    let online = true;
    const { ctx, requests } = context(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response('<p>notebook page</p>');
    });
    await respond(navigate('/sb/notebook/?id=first'), ctx);
    online = false;
    const response = await respond(navigate('/sb/notebook/?id=second'), ctx);
    expect(await response.text()).toBe('<p>notebook page</p>');
    expect(response.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(requests).toHaveLength(1);
  });

  it('looks in the current version’s cache only', async () => {
    const { ctx, caches } = context(async () => new Response('new'));
    await (await caches.open(cacheName('v0'))).put(`${ORIGIN}/sb/`, new Response('old'));
    expect(await (await respond(navigate('/sb/'), ctx)).text()).toBe('new');
  });

  it('keeps no error pages and no redirects', async () => {
    const { ctx, caches } = context(async () => new Response('nope', { status: 404 }));
    expect((await respond(new Request(`${ORIGIN}/sb/missing.csv`), ctx)).status).toBe(404);
    expect(caches.stores.get(cacheName('v1'))?.size ?? 0).toBe(0);
  });

  it('answers a page it has not kept, offline, with a page that says so', async () => {
    const { ctx } = context(async () => {
      throw new TypeError('Failed to fetch');
    });
    const response = await respond(navigate('/sb/jobs/'), ctx);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/offline/i);
  });

  it('lets a failed fetch of a file fail, as the network would', async () => {
    const { ctx } = context(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(respond(new Request(`${ORIGIN}/sb/datasets/big.u8`), ctx)).rejects.toThrow(/Failed to fetch/);
  });

  it('redirects the Node server’s id paths to the static pages, keeping the #cell- fragment', async () => {
    const { ctx } = context(
      async (request) =>
        new Response(request.url.endsWith('.ipynb') ? '{}' : 'not found', { status: request.url.endsWith('.ipynb') ? 200 : 404 }),
    );
    const response = await respond(navigate('/sb/notebooks/nb-1#cell-c2'), ctx);
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`${ORIGIN}/sb/notebook/?id=nb-1#cell-c2`);
    // A real file at such a path (an example's .ipynb) is served as it is.
    expect((await respond(navigate('/sb/notebooks/iris.ipynb'), ctx)).status).toBe(200);
  });
});
