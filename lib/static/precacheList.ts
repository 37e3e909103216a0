/**
 * Which of the static export's files the service worker fetches when it installs, so that one
 * visit is enough to open Sparkbook offline: the pages, the app's code, the examples, the
 * TF.js WASM binaries, the editor's types and Monaco's core. Left to be cached when first used:
 * large datasets (MNIST is megabytes that only two examples read) and Monaco's files for
 * languages a notebook never shows, which would multiply the first visit's download.
 */

/** A file of the export: its path under the base path ('/notebook/index.html') and size. */
export interface ExportedFile {
  path: string;
  bytes: number;
}

/** Datasets up to this size (iris, seattle-weather) are precached; larger ones wait for first use. */
export const PRECACHED_DATASET_MAX_BYTES = 256 * 1024;

/**
 * Monaco's files that a notebook loads, in monaco-editor's AMD build (public/vendor/monaco/vs):
 * the loader and the chunks beside it (each language's is a few KB), the editor's CSS and icon
 * font, and the editor and TypeScript workers under assets/. Left out: the CSS, HTML and JSON
 * workers (a notebook has no such editors), the translations (nls/lang) and language/, a copy
 * of the workers the AMD build does not load.
 */
const MONACO_CORE = [
  /^\/vendor\/monaco\/vs\/[^/]+$/,
  /^\/vendor\/monaco\/vs\/(editor|basic-languages)\//,
  /^\/vendor\/monaco\/vs\/assets\/(?!(css|html|json)\.worker)/,
];

/** Whether the service worker fetches a file on install. */
export function isPrecached(file: ExportedFile): boolean {
  const { path } = file;
  if (path === '/sw.js' || path.endsWith('.map') || path.endsWith('.md')) return false;
  if (path.startsWith('/datasets/')) return file.bytes <= PRECACHED_DATASET_MAX_BYTES;
  if (path.startsWith('/vendor/monaco/')) return MONACO_CORE.some((pattern) => pattern.test(path));
  return true;
}

/**
 * The URL path the worker fetches for a file: a folder's index.html as the folder ('/notebook/'),
 * since that is the URL pages are opened and linked by.
 */
export function precachePath(path: string): string {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
