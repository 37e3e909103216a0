/**
 * The static export's service worker (built into out/sw.js by scripts/static/build-static.mjs;
 * the Node server's app has none). It makes a plain file host behave like `npm start`: it adds
 * the headers the host does not send (cross-origin isolation, CSP; appHeaders.ts), and it keeps
 * the whole app in Cache Storage, so a visitor who opened Sparkbook once can open it offline.
 * A new deploy installs beside the old one and waits until the page's "Reload" (SKIP_WAITING_MESSAGE).
 */
import { CONFIG_GLOBAL, SKIP_WAITING_MESSAGE, type ServiceWorkerConfig } from '../lib/offline/serviceWorkerProtocol';
import { cacheName, precacheUrls, staleCacheNames } from './cacheVersion';
import { handlesRequest, respond } from './fetchHandler';

/** The parts of a service worker's global scope used here (the DOM typings have no worker scopes). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as ServiceWorkerScope & Record<string, unknown>;
const config = scope[CONFIG_GLOBAL] as ServiceWorkerConfig;
const context = {
  ...config,
  caches: scope.caches,
  fetch: (request: Request) => scope.fetch(request),
};

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await scope.caches.open(cacheName(config.version));
      // 'reload': straight from the host, never a copy an HTTP cache kept from the last deploy.
      await cache.addAll(precacheUrls(config.precache, scope.registration.scope).map((url) => new Request(url, { cache: 'reload' })));
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCacheNames(await scope.caches.keys(), config.version).map((name) => scope.caches.delete(name)));
      // Control the page that registered us now, so it can reload into isolation (registerServiceWorker.ts).
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE.type) void scope.skipWaiting();
});

scope.addEventListener('fetch', (event) => {
  if (!handlesRequest(event.request, scope.location.origin, config.basePath)) return;
  event.respondWith(respond(event.request, context));
});
