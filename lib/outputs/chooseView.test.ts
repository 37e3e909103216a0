import { describe, expect, it } from 'vitest';
import { chooseView } from './chooseView';
import { TABLE_MIME } from './mime';

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

  it('lists the types when nothing is displayable', () => {
    expect(chooseView({ 'application/x-widget': {} })).toEqual({
      kind: 'unsupported',
      mimeTypes: ['application/x-widget'],
    });
  });
});
