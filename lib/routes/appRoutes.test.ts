import { describe, expect, it } from 'vitest';
import {
  assetPath,
  itemHref,
  jobHref,
  modelHref,
  notebookHref,
  pagePath,
  resolveAppUrl,
  staticPathForLegacy,
  type BuildVariant,
} from './appRoutes';
import { cellHref } from '../jobs/cellLink';
import { shareUrl } from '../share/shareLink';
import { asNotebookId } from '../notebook/ids';
import type { Notebook } from '../notebook/types';

const server: BuildVariant = { static: false, basePath: '' };
const project: BuildVariant = { static: true, basePath: '/sparkbook' };
const rootStatic: BuildVariant = { static: true, basePath: '' };

describe('item pages', () => {
  it('keep their id in the path on the Node server', () => {
    expect(notebookHref('nb-1', server)).toBe('/notebooks/nb-1');
    expect(jobHref('job 7', server)).toBe('/jobs/job%207');
    expect(modelHref('m/1', server)).toBe('/models/m%2F1');
  });

  it('take it from the query string in the static export (Next adds the base path)', () => {
    expect(notebookHref('nb-1', project)).toBe('/notebook/?id=nb-1');
    expect(jobHref('job 7', project)).toBe('/job/?id=job%207');
    expect(modelHref('iris@2', rootStatic)).toBe('/model/?id=iris%402');
  });

  it('build the #cell- deep link for either variant', () => {
    expect(cellHref('nb', 'c 1', server)).toBe('/notebooks/nb#cell-c%201');
    expect(cellHref('nb', 'c 1', project)).toBe('/notebook/?id=nb#cell-c%201');
  });

  it('default to the Node server in tests (no static build settings inlined)', () => {
    expect(itemHref('notebook', 'x')).toBe('/notebooks/x');
  });
});

describe('URLs outside the router', () => {
  it('put files and share links under the base path', () => {
    expect(assetPath('/datasets/iris.csv', project)).toBe('/sparkbook/datasets/iris.csv');
    expect(assetPath('/vendor/tfjs-wasm/', server)).toBe('/vendor/tfjs-wasm/');
    expect(pagePath('/shared', project)).toBe('/sparkbook/shared/');
    expect(pagePath('/shared', server)).toBe('/shared');
  });

  it('make share links that open under the base path', () => {
    const nb: Notebook = {
      id: asNotebookId('nb'),
      title: 'T',
      language: 'typescript',
      metadata: {},
      createdAt: 1,
      updatedAt: 2,
      origin: 'example',
      cells: [],
    };
    expect(shareUrl('https://u.github.io', nb, project)).toMatch(/^https:\/\/u\.github\.io\/sparkbook\/shared\/#nb=/);
    expect(shareUrl('http://localhost:3000', nb, server)).toMatch(/^http:\/\/localhost:3000\/shared#nb=/);
  });

  it('resolve a cell’s root-relative paths inside the app', () => {
    const origin = 'https://u.github.io';
    expect(resolveAppUrl('/datasets/mnist/manifest.json', origin, project).href).toBe(
      'https://u.github.io/sparkbook/datasets/mnist/manifest.json',
    );
    expect(resolveAppUrl('/sparkbook/datasets/a.csv', origin, project).href).toBe('https://u.github.io/sparkbook/datasets/a.csv');
    expect(resolveAppUrl('https://other.example/a.csv', origin, project).href).toBe('https://other.example/a.csv');
    expect(resolveAppUrl('/datasets/a.csv', origin, server).href).toBe('https://u.github.io/datasets/a.csv');
  });
});

describe('old links in the static export', () => {
  it('go from /notebooks/<id> to the static page, with query and fragment', () => {
    expect(staticPathForLegacy('/sparkbook/notebooks/nb-1', '', '#cell-c2', project)).toBe('/sparkbook/notebook/?id=nb-1#cell-c2');
    expect(staticPathForLegacy('/sparkbook/jobs/job%207/', '?x=1', '', project)).toBe('/sparkbook/job/?id=job%207&x=1');
    expect(staticPathForLegacy('/models/iris%402', '', '', rootStatic)).toBe('/model/?id=iris%402');
  });

  it('leave every other path alone', () => {
    expect(staticPathForLegacy('/sparkbook/jobs/', '', '', project)).toBeNull();
    expect(staticPathForLegacy('/sparkbook/notebooks/index.json', '', '', project)).toBe('/sparkbook/notebook/?id=index.json');
    expect(staticPathForLegacy('/sparkbook/notebooks/a/b', '', '', project)).toBeNull();
    expect(staticPathForLegacy('/elsewhere/notebooks/nb', '', '', project)).toBeNull();
    expect(staticPathForLegacy('/sparkbook/', '', '', project)).toBeNull();
  });
});
