import { describe, expect, it } from 'vitest';
import { chooseView } from './chooseView';
import { CLASSIFICATION_MIME, REGRESSION_MIME, SWEEP_MIME, TABLE_MIME } from './mime';

const table = { columns: ['a'], rows: [[1]], totalRows: 1 };

describe('chooseView', () => {
  it('prefers our rich types over text', () => {
    expect(chooseView({ 'text/plain': 'a\n1', [TABLE_MIME]: table })).toEqual({
      kind: 'sparkbook',
      payload: { mime: TABLE_MIME, data: table },
    });
  });

  it('falls back to text/plain when a rich payload is invalid, and reports why', () => {
    const errors: string[] = [];
    const view = chooseView({ 'text/plain': 'fallback', [TABLE_MIME]: { columns: 'nope' } }, (e) => errors.push(e));
    expect(view).toEqual({ kind: 'text', text: 'fallback' });
    expect(errors[0]).toContain('columns');
  });

  it('accepts a rich payload stored as a JSON string', () => {
    expect(chooseView({ [TABLE_MIME]: JSON.stringify(table) }).kind).toBe('sparkbook');
  });

  it('shows a PNG as a data URL, joining the lines nbformat may split it into', () => {
    expect(chooseView({ 'image/png': ['iVBORw0K\n', 'Gg=='], 'text/plain': '<Figure>' })).toEqual({
      kind: 'image',
      src: 'data:image/png;base64,iVBORw0KGg==',
      mime: 'image/png',
      alt: 'Figure',
    });
  });

  it('ignores an image whose payload is not base64', () => {
    expect(chooseView({ 'image/png': '"><script>', 'text/plain': 'x' }).kind).toBe('text');
  });

  it('renders Markdown before plain text', () => {
    expect(chooseView({ 'text/markdown': '# Hi', 'text/plain': 'Hi' })).toEqual({ kind: 'markdown', source: '# Hi' });
  });

  it('prefers plain text over HTML, and shows HTML only as source', () => {
    expect(chooseView({ 'text/html': '<b>x</b>', 'text/plain': 'x' }).kind).toBe('text');
    expect(chooseView({ 'text/html': '<b>x</b>' })).toEqual({ kind: 'html-source', source: '<b>x</b>' });
  });

  it('shows SVG as an image from a data: URL, never as markup placed in the page', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>';
    const view = chooseView({ 'image/svg+xml': [svg.slice(0, 20), svg.slice(20)], 'text/plain': '<Figure>' });
    expect(view).toEqual({
      kind: 'image',
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      mime: 'image/svg+xml',
      alt: 'Figure',
    });
    expect(view.kind === 'image' && decodeURIComponent(view.src.split(',')[1])).toBe(svg);
  });

  it('prefers a raster image to its SVG twin, as a notebook with both was drawn the same', () => {
    expect(chooseView({ 'image/svg+xml': '<svg/>', 'image/png': 'iVBORw0K' })).toMatchObject({ mime: 'image/png' });
  });

  it('typesets LaTeX before falling back to its plain text', () => {
    expect(chooseView({ 'text/latex': ['$$\\frac{1}{2}', '$$'], 'text/plain': '1/2' })).toEqual({
      kind: 'latex',
      source: '$$\\frac{1}{2}$$',
    });
  });

  it('shows application/json as a tree, before its plain-text repr', () => {
    expect(chooseView({ 'application/json': { a: [1, 2] }, 'text/plain': '<IPython.core.display.JSON object>' })).toEqual({
      kind: 'json',
      value: { a: [1, 2] },
    });
    expect(chooseView({ 'application/json': null })).toEqual({ kind: 'json', value: null });
    expect(chooseView({ 'application/json': 'just a string' })).toEqual({ kind: 'json', value: 'just a string' });
  });

  it('keeps our own view first when the standard twins other tools read are there too', () => {
    const view = chooseView({
      [TABLE_MIME]: table,
      'text/html': '<table></table>',
      'application/vnd.vegalite.v5+json': {},
      'application/json': {},
      'text/plain': 'a',
    });
    expect(view.kind).toBe('sparkbook');
  });

  it('lists the types when nothing is displayable', () => {
    expect(chooseView({ 'application/x-widget': {} })).toEqual({
      kind: 'unsupported',
      mimeTypes: ['application/x-widget'],
    });
  });
});

describe('chooseView with evaluation results', () => {
  const classification = {
    classNames: ['a', 'b'],
    confusionMatrix: [
      [1, 0],
      [0, 1],
    ],
    precision: [1, 1],
    recall: [1, 1],
    f1: [1, 1],
    support: [1, 1],
    accuracy: 1,
    macro: { precision: 1, recall: 1, f1: 1 },
  };

  it('shows a saved classification result as its view', () => {
    expect(chooseView({ 'text/plain': 'report', [CLASSIFICATION_MIME]: classification })).toEqual({
      kind: 'sparkbook',
      payload: { mime: CLASSIFICATION_MIME, data: classification },
    });
  });

  it('falls back to the text report when a regression payload was damaged', () => {
    const errors: string[] = [];
    const view = chooseView({ 'text/plain': 'MSE 1', [REGRESSION_MIME]: { mse: 'low' } }, (e) => errors.push(e));
    expect(view).toEqual({ kind: 'text', text: 'MSE 1' });
    expect(errors[0]).toContain('mse');
  });

  it('shows a sweep as its view, and its text twin when the payload was damaged', () => {
    const sweep = {
      name: 'lr',
      jobId: 'j',
      grid: { seed: [1] },
      params: ['seed'],
      rows: [],
      trained: 0,
      reused: 0,
      diverged: 0,
      failed: 0,
      pending: 1,
      startedAt: 0,
    };
    expect(chooseView({ 'text/plain': 'Sweep lr', [SWEEP_MIME]: sweep })).toEqual({
      kind: 'sparkbook',
      payload: { mime: SWEEP_MIME, data: sweep },
    });
    expect(chooseView({ 'text/plain': 'Sweep lr', [SWEEP_MIME]: { ...sweep, pending: -1 } })).toEqual({ kind: 'text', text: 'Sweep lr' });
  });
});
