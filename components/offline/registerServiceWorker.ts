/**
 * Page side of the static export's service worker (serviceworker/): registers it, reloads once
 * when it first takes control (only responses it serves carry COOP/COEP, so only then can the
 * page be cross-origin isolated), and tells the page when a new deploy is waiting.
 */
import { assetPath } from '../../lib/routes/appRoutes';
import { SKIP_WAITING_MESSAGE } from '../../lib/offline/serviceWorkerProtocol';

/** What the page shows about offline support and isolation. */
export type OfflineState =
  /** Registered and, where needed, reloaded: nothing to say. */
  | { kind: 'ready' }
  /** The worker controls the page but the page is still not isolated (or no worker at all). */
  | { kind: 'not-isolated'; reason: string }
  /** A new version is installed and waits for the user's reload. */
  | { kind: 'update'; apply: () => void };

/** sessionStorage key: the page reloaded once for isolation; a second miss shows the banner. */
const RELOADED_KEY = 'sparkbook-isolation-reload';

const isIsolated = () => typeof SharedArrayBuffer !== 'undefined' && window.crossOriginIsolated === true;

/** Registers the worker and reports what the page should show; returns a cleanup. */
export function registerServiceWorker(report: (state: OfflineState) => void): () => void {
  const sw = navigator.serviceWorker;
  if (!sw) {
    report({
      kind: 'not-isolated',
      reason: 'this browser window has no service workers (a private window, or a page not served over https)',
    });
    return () => {};
  }
  let cancelled = false;
  let applyingUpdate = false;
  const hadController = Boolean(sw.controller);

  const onControllerChange = () => {
    if (cancelled) return;
    // The user asked for the new version, or the first worker took over a page it could not
    // isolate when it loaded: either way the page must load again through it.
    if (applyingUpdate || (!hadController && !isIsolated() && sessionStorage.getItem(RELOADED_KEY) !== '1')) {
      sessionStorage.setItem(RELOADED_KEY, '1');
      window.location.reload();
    }
  };
  sw.addEventListener('controllerchange', onControllerChange);

  if (hadController) {
    if (isIsolated()) {
      sessionStorage.removeItem(RELOADED_KEY);
      report({ kind: 'ready' });
    } else {
      report({ kind: 'not-isolated', reason: 'the browser did not isolate the page even with the service worker’s headers' });
    }
  }

  const offerUpdate = (registration: ServiceWorkerRegistration) => {
    const waiting = registration.waiting;
    if (!waiting || !sw.controller || cancelled) return;
    report({
      kind: 'update',
      apply: () => {
        applyingUpdate = true;
        waiting.postMessage(SKIP_WAITING_MESSAGE);
      },
    });
  };

  sw.register(assetPath('/sw.js'), { scope: assetPath('/'), updateViaCache: 'none' })
    .then((registration) => {
      offerUpdate(registration);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offerUpdate(registration);
        });
      });
    })
    .catch((error: unknown) => {
      if (!cancelled) report({ kind: 'not-isolated', reason: `the service worker could not be registered (${String(error)})` });
    });

  return () => {
    cancelled = true;
    sw.removeEventListener('controllerchange', onControllerChange);
  };
}
