/**
 * Every in-app URL is built here, because the app ships in two variants with different URLs:
 * - `npm start` (the Node server): pages that take an id have it in the path, /notebooks/<id>.
 * - `npm run build:static` (plain files for any host, under a base path such as /some/path):
 *   a file host has no file per id, so the id travels in the query string, /notebook/?id=<id>,
 *   and every page is a folder with an index.html (trailing slash).
 * Links and router.push take the route without the base path (Next adds it); fetches, workers,
 * Monaco and share links need it added (assetPath, pageUrl).
 */

/** The static export's settings, inlined by next.config.ts (`env`) into every bundle. */
export interface BuildVariant {
  /** True in the static export. */
  static: boolean;
  /** The path the app is served under: '' at a host's root, '/some/path' for a project page. */
  basePath: string;
}

/** The variant this bundle was built as. */
export const BUILD: BuildVariant = {
  static: process.env.NEXT_PUBLIC_SPARKBOOK_STATIC === '1',
  basePath: process.env.NEXT_PUBLIC_SPARKBOOK_BASE_PATH ?? '',
};

/**
 * The pages that take an id: the path segment the Node server uses and the static page that
 * reads `?id=`. A new page with an id needs one line here and a page that calls useRouteId.
 */
export const ID_ROUTES = {
  notebook: { paths: 'notebooks', page: 'notebook' },
  job: { paths: 'jobs', page: 'job' },
  model: { paths: 'models', page: 'model' },
} as const;

/** One of the pages that take an id. */
export type IdRoute = keyof typeof ID_ROUTES;

/** The route (without the base path) of one item's page: /notebooks/<id> or /notebook/?id=<id>. */
export function itemHref(route: IdRoute, id: string, variant: BuildVariant = BUILD): string {
  const { paths, page } = ID_ROUTES[route];
  return variant.static ? `/${page}/?id=${encodeURIComponent(id)}` : `/${paths}/${encodeURIComponent(id)}`;
}

/** The route of a notebook's page. */
export const notebookHref = (id: string, variant?: BuildVariant) => itemHref('notebook', id, variant);
/** The route of a job's page. */
export const jobHref = (id: string, variant?: BuildVariant) => itemHref('job', id, variant);
/** The route of a model version's page. */
export const modelHref = (id: string, variant?: BuildVariant) => itemHref('model', id, variant);

/** A file the app serves (public/, e.g. /datasets/iris.csv), as a URL path under the base path. */
export function assetPath(path: string, variant: BuildVariant = BUILD): string {
  return variant.basePath + path;
}

/** A page's path under the base path, for URLs that don't go through Next's router (share links). */
export function pagePath(route: string, variant: BuildVariant = BUILD): string {
  return variant.basePath + route + (variant.static && !route.endsWith('/') ? '/' : '');
}

/**
 * Resolves a URL a notebook cell gave (datasets.csv('/datasets/x.csv'), models.import(...)) on
 * the app's own site: a root-relative path means a file of the app, so under a base path it is
 * looked up there. Absolute URLs and paths already under the base path are left as they are.
 */
export function resolveAppUrl(input: string, origin: string, variant: BuildVariant = BUILD): URL {
  const { basePath } = variant;
  const rootRelative = input.startsWith('/') && !input.startsWith('//');
  const underBase = input === basePath || input.startsWith(`${basePath}/`);
  return new URL(rootRelative && basePath && !underBase ? basePath + input : input, origin);
}

/**
 * The static page for one of the Node server's id paths (`/notebooks/<id>` → `/notebook/?id=<id>`),
 * with its query and fragment (#cell- links) kept; null for any other path. `pathname` is
 * under the base path, as the browser has it. Old links and bookmarks keep working this way.
 */
export function staticPathForLegacy(pathname: string, search: string, hash: string, variant: BuildVariant = BUILD): string | null {
  if (!pathname.startsWith(`${variant.basePath}/`)) return null;
  const [paths, id, ...rest] = pathname.slice(variant.basePath.length + 1).split('/');
  if (!id || rest.some(Boolean)) return null;
  const route = (Object.keys(ID_ROUTES) as IdRoute[]).find((r) => ID_ROUTES[r].paths === paths);
  if (!route) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    decoded = id;
  }
  const extra = new URLSearchParams(search);
  extra.delete('id');
  const query = extra.toString();
  return variant.basePath + itemHref(route, decoded, { ...variant, static: true }) + (query ? `&${query}` : '') + hash;
}
