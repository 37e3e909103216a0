import { describe, expect, it } from 'vitest';
import type { CellId } from './ids';
import { createCell, createNotebook, notebookReducer } from './transitions';
import { outputsHidden } from './outputsHidden';
import type { Notebook } from './types';

const id = (s: string) => s as CellId;

function abc(): Notebook {
  const nb = createNotebook({ now: 0 });
  return { ...nb, cells: ['a', 'b', 'c'].map((s) => createCell('code', id(s), s)) };
}
const ids = (nb: Notebook) => nb.cells.map((c) => c.id);

describe('insert-cells', () => {
  it('puts whole cells at an index, clamped to the notebook', () => {
    const x = { ...createCell('code', id('x'), 'x'), execution_count: 3 };
    expect(ids(notebookReducer(abc(), { type: 'insert-cells', cells: [x], index: 1, at: 1 }))).toEqual(['a', 'x', 'b', 'c']);
    expect(ids(notebookReducer(abc(), { type: 'insert-cells', cells: [x], index: 99, at: 1 }))).toEqual(['a', 'b', 'c', 'x']);
    expect(notebookReducer(abc(), { type: 'insert-cells', cells: [x], index: 0, at: 1 }).cells[0]).toBe(x);
  });

  it('skips a cell whose id is already there (a double-dispatched paste)', () => {
    const nb = abc();
    expect(notebookReducer(nb, { type: 'insert-cells', cells: [createCell('code', id('b'))], index: 0, at: 1 })).toBe(nb);
  });
});

describe('merge-cell-below', () => {
  it('merges and marks the notebook changed; the last cell has nothing to merge with', () => {
    const nb = abc();
    const merged = notebookReducer(nb, { type: 'merge-cell-below', cellId: id('a'), at: 5 });
    expect(merged.cells.map((c) => c.source)).toEqual(['a\n\nb', 'c']);
    expect(merged.updatedAt).toBe(5);
    expect(notebookReducer(nb, { type: 'merge-cell-below', cellId: id('c'), at: 5 })).toBe(nb);
  });
});

describe('set-outputs-hidden', () => {
  it('hides and shows a code cell’s outputs, and is a no-op when nothing changes or for Markdown', () => {
    const nb = abc();
    const hidden = notebookReducer(nb, { type: 'set-outputs-hidden', cellId: id('b'), hidden: true, at: 1 });
    expect(outputsHidden(hidden.cells[1])).toBe(true);
    expect(notebookReducer(hidden, { type: 'set-outputs-hidden', cellId: id('b'), hidden: true, at: 2 })).toBe(hidden);
    expect(outputsHidden(notebookReducer(hidden, { type: 'set-outputs-hidden', cellId: id('b'), hidden: false, at: 2 }).cells[1])).toBe(
      false,
    );
    const md = { ...nb, cells: [createCell('markdown', id('m'))] };
    expect(notebookReducer(md, { type: 'set-outputs-hidden', cellId: id('m'), hidden: true, at: 1 })).toBe(md);
  });
});

describe('run timing', () => {
  it('is recorded by execution-started and execution-finished', () => {
    let nb = notebookReducer(abc(), { type: 'execution-started', cellId: id('a'), executionCount: 1, at: 1_000 });
    nb = notebookReducer(nb, { type: 'execution-finished', cellId: id('a'), status: 'error', at: 3_500 });
    expect(nb.cells[0].metadata.execution).toEqual({
      'iopub.status.busy': new Date(1_000).toISOString(),
      'iopub.execute_input': new Date(1_000).toISOString(),
      'shell.execute_reply': new Date(3_500).toISOString(),
    });
  });
});
