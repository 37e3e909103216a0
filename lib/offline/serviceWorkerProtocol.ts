/**
 * What the static export's build, its service worker (serviceworker/) and the page
 * (components/offline/) agree on: the config written into sw.js, and the page's one message.
 */

/**
 * What the service worker knows about the deploy it belongs to, written into sw.js when the
 * static export is finished (scripts/static/build-static.mjs): a new deploy is a new sw.js,
 * which is how browsers notice it.
 */
export interface ServiceWorkerConfig {
  /** A hash of every file of the export: one cache per version, so deploys never mix. */
  version: string;
  /** The path the app is served under ('' at the host's root). */
  basePath: string;
  /** The page policy header (the union of every page's inline-script hashes, with frame-ancestors). */
  pagePolicy: string;
  /** The worker policy header, for the kernel's and executors' scripts. */
  workerPolicy: string;
  /** Paths (under basePath) fetched when the worker installs: the app shell, examples, TF.js WASM, Monaco's core. */
  precache: readonly string[];
}

/** The global sw.js sets to the config before the worker's code runs. */
export const CONFIG_GLOBAL = 'SPARKBOOK_SERVICE_WORKER';

/** The page's message asking a waiting service worker to take over (the user clicked Reload). */
export const SKIP_WAITING_MESSAGE = { type: 'skip-waiting' } as const;
