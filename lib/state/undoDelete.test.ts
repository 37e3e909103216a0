import { describe, expect, it } from 'vitest';
import type { CellId } from '../notebook/ids';
import { createCell, createNotebook } from '../notebook/transitions';
import type { Output } from '../notebook/types';
import { DELETED_CELLS_KEPT } from './deletedCells';
import { createNotebookSession } from './notebookSession';

const id = (s: string) => s as CellId;
const stdout = (text: string): Output => ({ output_type: 'stream', name: 'stdout', text });

function open(sources: string[]) {
  const session = createNotebookSession();
  const nb = createNotebook({ now: 0 });
  session.getState().load({
    ...nb,
    cells: sources.map((s) => ({ ...createCell('code', id(s), `src ${s}`), outputs: [stdout(`out ${s}\n`)], execution_count: 1 })),
  });
  const order = () => session.getState().notebook!.cells.map((c) => c.id);
  return { session, order };
}

describe('undoDelete (Jupyter’s Z)', () => {
  it('puts the deleted cell back where it was, with its source and outputs', () => {
    const { session, order } = open(['a', 'b', 'c']);
    const before = session.getState().notebook!.cells[1];
    session.getState().deleteCell(id('b'));
    expect(order()).toEqual(['a', 'c']);
    expect(session.getState().undoDelete()).toBe('b');
    expect(order()).toEqual(['a', 'b', 'c']);
    expect(session.getState().notebook!.cells[1]).toEqual(before);
  });

  it('undoes deletions newest first, each at its own place', () => {
    const { session, order } = open(['a', 'b', 'c', 'd']);
    session.getState().deleteCell(id('b'));
    session.getState().deleteCell(id('d'));
    session.getState().deleteCell(id('a'));
    expect(order()).toEqual(['c']);
    session.getState().undoDelete();
    expect(order()).toEqual(['a', 'c']);
    session.getState().undoDelete();
    expect(order()).toEqual(['a', 'c', 'd']);
    session.getState().undoDelete();
    expect(order()).toEqual(['a', 'b', 'c', 'd']);
    expect(session.getState().undoDelete()).toBeNull();
  });

  it('puts a cell at the end when the notebook has since become shorter', () => {
    const { session, order } = open(['a', 'b', 'c']);
    session.getState().deleteCell(id('c'));
    session.getState().deleteCell(id('b'));
    session.getState().deleteCell(id('a'));
    session.getState().undoDelete();
    session.getState().undoDelete();
    expect(order()).toEqual(['a', 'b']);
  });

  it('keeps the last DELETED_CELLS_KEPT deletions, and forgets them when another notebook opens', () => {
    const many = Array.from({ length: DELETED_CELLS_KEPT + 5 }, (_, i) => `c${i}`);
    const { session } = open(many);
    for (const c of many) session.getState().deleteCell(id(c));
    expect(session.getState().deletedCells).toHaveLength(DELETED_CELLS_KEPT);
    session.getState().load(createNotebook({ now: 1 }));
    expect(session.getState().undoDelete()).toBeNull();
  });

  it('remembers nothing for a cell that is not there', () => {
    const { session } = open(['a']);
    session.getState().deleteCell(id('zz'));
    expect(session.getState().deletedCells).toEqual([]);
  });
});
