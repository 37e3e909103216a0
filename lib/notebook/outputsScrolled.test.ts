import { describe, expect, it } from 'vitest';
import { parseIpynb, serializeIpynb } from './ipynb';
import { nbformatErrors } from './schema/validateNbformat';
import { createCell, createNotebook, notebookReducer } from './transitions';
import { outputsScrolled, withOutputsScrolled } from './outputsScrolled';
import type { CellId } from './ids';

describe('scrolled outputs in cell metadata', () => {
  it('scrolls unless the cell says scrolled: false (missing, true and "auto" all scroll)', () => {
    expect(outputsScrolled({ metadata: {} })).toBe(true);
    expect(outputsScrolled({ metadata: { scrolled: true } })).toBe(true);
    expect(outputsScrolled({ metadata: { scrolled: 'auto' } })).toBe(true);
    expect(outputsScrolled({ metadata: { scrolled: false } })).toBe(false);
  });

  it('writes the choice as a boolean and keeps the other keys', () => {
    expect(withOutputsScrolled({ tags: ['a'], scrolled: 'auto' }, false)).toEqual({ tags: ['a'], scrolled: false });
    expect(withOutputsScrolled({ scrolled: false }, true)).toEqual({ scrolled: true });
  });

  it('is set by set-outputs-scrolled on code cells only, and a no-op when nothing changes', () => {
    let nb = createNotebook({ now: 0 });
    const cellId = nb.cells[0].id;
    nb = notebookReducer(nb, { type: 'set-outputs-scrolled', cellId, scrolled: false, at: 1 });
    expect(outputsScrolled(nb.cells[0])).toBe(false);
    expect(nb.updatedAt).toBe(1);
    expect(notebookReducer(nb, { type: 'set-outputs-scrolled', cellId, scrolled: false, at: 2 })).toBe(nb);
    const md = { ...nb, cells: [createCell('markdown', 'm' as CellId)] };
    expect(notebookReducer(md, { type: 'set-outputs-scrolled', cellId: 'm' as CellId, scrolled: false, at: 1 })).toBe(md);
  });

  it('keeps the choice through an .ipynb export and import', () => {
    let nb = createNotebook({ now: 0 });
    const cellId = nb.cells[0].id;
    nb = notebookReducer(nb, { type: 'set-outputs-scrolled', cellId, scrolled: false, at: 1 });
    const text = serializeIpynb(nb);
    expect(nbformatErrors(JSON.parse(text))).toEqual([]);
    expect(JSON.parse(text).cells[0].metadata).toEqual({ scrolled: false });
    expect(outputsScrolled(parseIpynb(text).cells[0])).toBe(false);
  });
});
