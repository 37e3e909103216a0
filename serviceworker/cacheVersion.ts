/**
 * One Cache Storage cache per deploy, named by the deploy's version. A new deploy installs into
 * its own cache while the old one keeps serving open pages; once the new worker takes over, the
 * old caches go. Runtime additions (datasets, Monaco's language files) land in the current
 * version's cache, so they never outlive the deploy they came from.
 */

/** Prefix of every cache this app makes; caches of other apps on the same origin are left alone. */
export const CACHE_PREFIX = 'sparkbook-';

/** The cache of one version. */
export function cacheName(version: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(version)) throw new Error(`cacheName: "${version}" is not a version (letters, digits, . _ -)`);
  return `${CACHE_PREFIX}${version}`;
}

/** The caches to delete once `version` is active: ours, of any other version. */
export function staleCacheNames(names: readonly string[], version: string): string[] {
  const current = cacheName(version);
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/** URLs to fetch on install, from the config's paths under the base path, relative to the worker's scope. */
export function precacheUrls(paths: readonly string[], scope: string): string[] {
  return paths.map((path) => new URL(path.replace(/^\//, ''), scope).href);
}
