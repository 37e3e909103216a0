import { describe, expect, it } from 'vitest';
import { isPrecached, precachePath, PRECACHED_DATASET_MAX_BYTES } from './precacheList';
import { normalizeBasePath, staticExportConfig, STATIC_PAGE_EXTENSIONS } from './staticExportConfig';
import { versionOf } from './finishExport';

const file = (path: string, bytes = 1000) => ({ path, bytes });

describe('the precache list', () => {
  it('takes the pages, the app code, the examples, the TF.js WASM binaries and the editor types', () => {
    for (const path of [
      '/index.html',
      '/notebook/index.html',
      '/jobs/index.txt',
      '/_next/static/chunks/a.js',
      '/notebooks/iris.ipynb',
      '/vendor/tfjs-wasm/tfjs-backend-wasm-simd.wasm',
      '/vendor/editor-types.json',
    ]) {
      expect(isPrecached(file(path)), path).toBe(true);
    }
  });

  it('takes small datasets and leaves large ones for their first use', () => {
    expect(isPrecached(file('/datasets/iris.csv', 4_600))).toBe(true);
    expect(isPrecached(file('/datasets/mnist/images.u8', 7_840_000))).toBe(false);
    expect(isPrecached(file('/datasets/x.csv', PRECACHED_DATASET_MAX_BYTES + 1))).toBe(false);
  });

  it('takes Monaco’s loader, editor and TypeScript worker, not the workers and translations a notebook never loads', () => {
    expect(isPrecached(file('/vendor/monaco/vs/loader.js'))).toBe(true);
    expect(isPrecached(file('/vendor/monaco/vs/editor/editor.main.js'))).toBe(true);
    expect(isPrecached(file('/vendor/monaco/vs/assets/ts.worker-g3pjEjl4.js'))).toBe(true);
    expect(isPrecached(file('/vendor/monaco/vs/assets/css.worker-BpD9FCKP.js'))).toBe(false);
    expect(isPrecached(file('/vendor/monaco/vs/language/typescript/ts.worker.js'))).toBe(false);
    expect(isPrecached(file('/vendor/monaco/vs/nls/lang/de.js'))).toBe(false);
  });

  it('leaves out the worker itself and source maps', () => {
    expect(isPrecached(file('/sw.js'))).toBe(false);
    expect(isPrecached(file('/_next/static/chunks/a.js.map'))).toBe(false);
  });

  it('fetches a page by its folder URL', () => {
    expect(precachePath('/index.html')).toBe('/');
    expect(precachePath('/jobs/index.html')).toBe('/jobs/');
    expect(precachePath('/404.html')).toBe('/404.html');
  });
});

describe('versionOf', () => {
  const files = [
    { path: '/a.js', content: 'a' },
    { path: '/b.js', content: 'b' },
  ];
  it('is the same for the same files in any order', () => {
    expect(versionOf(files)).toBe(versionOf([...files].reverse()));
    expect(versionOf(files)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when a file changes, moves or is added', () => {
    expect(versionOf([files[0], { path: '/b.js', content: 'B' }])).not.toBe(versionOf(files));
    expect(versionOf([files[0], { path: '/c.js', content: 'b' }])).not.toBe(versionOf(files));
    expect(versionOf([...files, { path: '/c.js', content: '' }])).not.toBe(versionOf(files));
  });
});

describe('the static export config', () => {
  it('normalises the base path', () => {
    expect(normalizeBasePath('')).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('sparkbook/')).toBe('/sparkbook');
    expect(normalizeBasePath('/org/notebooks')).toBe('/org/notebooks');
  });

  it('refuses a base path that is not a plain path, saying what to use', () => {
    expect(() => normalizeBasePath('/a b')).toThrow(/plain URL path/);
    expect(() => normalizeBasePath('/a/../b')).toThrow(/plain URL path/);
    expect(() => normalizeBasePath('https://host/x')).toThrow(/plain URL path/);
  });

  it('exports to files with no headers, no proxy and no server-only pages, and tells the bundles', () => {
    const config = staticExportConfig({ reactStrictMode: true, headers: async () => [] }, '/sparkbook/');
    expect(config.output).toBe('export');
    expect(config.basePath).toBe('/sparkbook');
    expect(config.headers).toBeUndefined();
    expect(config.trailingSlash).toBe(true);
    expect(STATIC_PAGE_EXTENSIONS).not.toContain('ts');
    expect(STATIC_PAGE_EXTENSIONS).not.toContain('server.tsx');
    expect(config.env).toMatchObject({ NEXT_PUBLIC_SPARKBOOK_STATIC: '1', NEXT_PUBLIC_SPARKBOOK_BASE_PATH: '/sparkbook' });
  });
});
