import { describe, expect, it } from 'vitest';
import { asCellId, asNotebookId } from './ids';
import { createCell, createNotebook, notebookReducer, type NotebookAction } from './transitions';
import type { Notebook, Output } from './types';

const a = asCellId('a');
const b = asCellId('b');
const c = asCellId('c');

function notebook(...cells: ReturnType<typeof createCell>[]): Notebook {
  return { ...createNotebook({ id: asNotebookId('nb1'), now: 1 }), cells };
}
const abc = () => notebook(createCell('code', a, 'x'), createCell('markdown', b, '# hi'), createCell('code', c));
const ids = (nb: Notebook) => nb.cells.map((cell) => cell.id);
const run = (nb: Notebook, ...actions: NotebookAction[]) => actions.reduce(notebookReducer, nb);

const stdout = (text: string): Output => ({ output_type: 'stream', name: 'stdout', text });
const chart = (points: number[], displayId?: string): Output => ({
  output_type: 'display_data',
  data: { 'application/vnd.sparkbook.chart+json': { points }, 'text/plain': 'chart' },
  metadata: {},
  ...(displayId ? { transient: { display_id: displayId } } : {}),
});

describe('createNotebook', () => {
  it('creates a new TypeScript notebook with one empty code cell', () => {
    const nb = createNotebook({ title: 'Iris', now: 42 });
    expect(nb).toMatchObject({ title: 'Iris', language: 'typescript', origin: 'new', createdAt: 42, updatedAt: 42 });
    expect(nb.cells).toHaveLength(1);
    expect(nb.cells[0]).toMatchObject({ cell_type: 'code', source: '', outputs: [], execution_count: null });
    expect(nb.id).toMatch(/^nb/);
  });

  it('calls a notebook without a title "Untitled"', () => {
    expect(createNotebook({ now: 0 }).title).toBe('Untitled');
  });
});

describe('notebookReducer', () => {
  it('renames the notebook and bumps updatedAt to the action time', () => {
    const next = notebookReducer(abc(), { type: 'rename', title: 'MNIST', at: 9 });
    expect(next).toMatchObject({ title: 'MNIST', updatedAt: 9 });
  });

  it('returns the very same notebook when an action changes nothing', () => {
    const nb = abc();
    const noOps: NotebookAction[] = [
      { type: 'rename', title: nb.title, at: 9 },
      { type: 'edit-source', cellId: a, source: 'x', at: 9 },
      { type: 'move-cell', cellId: a, direction: 'up', at: 9 },
      { type: 'move-cell', cellId: c, direction: 'down', at: 9 },
      { type: 'delete-cell', cellId: asCellId('gone'), at: 9 },
      { type: 'set-cell-type', cellId: b, cellType: 'markdown', at: 9 },
      { type: 'clear-outputs', cellId: a, at: 9 },
      { type: 'clear-all-outputs', at: 9 },
      { type: 'output', cellId: asCellId('gone'), output: stdout('late'), at: 9 },
      { type: 'update-display', cellId: a, displayId: 'nobody', output: chart([1]) as never, at: 9 },
      { type: 'execution-finished', cellId: a, status: 'ok', at: 9 },
    ];
    for (const action of noOps) expect(notebookReducer(nb, action), action.type).toBe(nb);
  });

  it('never mutates the notebook it was given', () => {
    const nb = abc();
    const before = structuredClone(nb);
    run(
      nb,
      { type: 'edit-source', cellId: a, source: 'y', at: 2 },
      { type: 'output', cellId: a, output: stdout('1'), at: 3 },
      { type: 'move-cell', cellId: a, direction: 'down', at: 4 },
      { type: 'delete-cell', cellId: c, at: 5 },
    );
    expect(nb).toEqual(before);
  });

  describe('add-cell', () => {
    it('inserts below or above the given cell', () => {
      const d = asCellId('d');
      const below = notebookReducer(abc(), { type: 'add-cell', cellId: d, cellType: 'code', position: 'below', relativeTo: a, at: 2 });
      expect(ids(below)).toEqual([a, d, b, c]);
      const above = notebookReducer(abc(), { type: 'add-cell', cellId: d, cellType: 'code', position: 'above', relativeTo: a, at: 2 });
      expect(ids(above)).toEqual([d, a, b, c]);
      expect(above.updatedAt).toBe(2);
    });

    it('appends at the end, or inserts at the start, when no cell is given', () => {
      const d = asCellId('d');
      expect(ids(notebookReducer(abc(), { type: 'add-cell', cellId: d, cellType: 'raw', position: 'below', at: 2 }))).toEqual([a, b, c, d]);
      expect(ids(notebookReducer(abc(), { type: 'add-cell', cellId: d, cellType: 'raw', position: 'above', at: 2 }))).toEqual([d, a, b, c]);
    });

    it('adds a cell of the requested type with the given id and source', () => {
      const d = asCellId('d');
      const nb = notebookReducer(notebook(), {
        type: 'add-cell',
        cellId: d,
        cellType: 'markdown',
        position: 'below',
        source: '# Title',
        at: 2,
      });
      expect(nb.cells).toEqual([{ id: d, cell_type: 'markdown', source: '# Title', outputs: [], execution_count: null, metadata: {} }]);
    });

    it('ignores a second add with an id that already exists', () => {
      const nb = abc();
      expect(notebookReducer(nb, { type: 'add-cell', cellId: b, cellType: 'code', position: 'below', at: 2 })).toBe(nb);
    });
  });

  it('deletes a cell, and deleting the last one leaves an empty notebook', () => {
    const one = notebookReducer(abc(), { type: 'delete-cell', cellId: b, at: 2 });
    expect(ids(one)).toEqual([a, c]);
    const none = run(notebook(createCell('code', a)), { type: 'delete-cell', cellId: a, at: 3 });
    expect(none.cells).toEqual([]);
  });

  it('moves a cell up and down', () => {
    expect(ids(notebookReducer(abc(), { type: 'move-cell', cellId: b, direction: 'up', at: 2 }))).toEqual([b, a, c]);
    expect(ids(notebookReducer(abc(), { type: 'move-cell', cellId: b, direction: 'down', at: 2 }))).toEqual([a, c, b]);
  });

  it('edits a cell source without touching the other cells', () => {
    const nb = abc();
    const next = notebookReducer(nb, { type: 'edit-source', cellId: a, source: 'const y = 2', at: 5 });
    expect(next.cells[0].source).toBe('const y = 2');
    expect(next.cells[1]).toBe(nb.cells[1]);
    expect(next.updatedAt).toBe(5);
  });

  it('turning a code cell into markdown drops its outputs and run count', () => {
    const ran = run(
      abc(),
      { type: 'execution-started', cellId: a, executionCount: 3, at: 2 },
      { type: 'output', cellId: a, output: stdout('hi\n'), at: 3 },
    );
    const md = notebookReducer(ran, { type: 'set-cell-type', cellId: a, cellType: 'markdown', at: 4 });
    expect(md.cells[0]).toMatchObject({ cell_type: 'markdown', source: 'x', outputs: [], execution_count: null });
  });

  it('clears one cell, or every cell, of outputs and run counts', () => {
    const ran = run(
      abc(),
      { type: 'execution-started', cellId: a, executionCount: 1, at: 2 },
      { type: 'output', cellId: a, output: stdout('a'), at: 2 },
      { type: 'execution-started', cellId: c, executionCount: 2, at: 3 },
      { type: 'output', cellId: c, output: stdout('c'), at: 3 },
    );
    const one = notebookReducer(ran, { type: 'clear-outputs', cellId: a, at: 4 });
    expect(one.cells[0]).toMatchObject({ outputs: [], execution_count: null });
    expect(one.cells[2].outputs).toHaveLength(1);
    const all = notebookReducer(ran, { type: 'clear-all-outputs', at: 5 });
    expect(all.cells.map((cell) => [cell.outputs.length, cell.execution_count])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  describe('execution', () => {
    it('starting a run clears the previous outputs and sets the run count', () => {
      const first = run(
        abc(),
        { type: 'execution-started', cellId: a, executionCount: 1, at: 2 },
        { type: 'output', cellId: a, output: stdout('old'), at: 2 },
      );
      const second = notebookReducer(first, { type: 'execution-started', cellId: a, executionCount: 2, at: 3 });
      expect(second.cells[0]).toMatchObject({ outputs: [], execution_count: 2 });
    });

    it('merges consecutive stream outputs of the same name into one', () => {
      const nb = run(
        abc(),
        { type: 'output', cellId: a, output: stdout('epoch 1\n'), at: 2 },
        { type: 'output', cellId: a, output: stdout('epoch 2\n'), at: 2 },
        { type: 'output', cellId: a, output: { output_type: 'stream', name: 'stderr', text: 'warn\n' }, at: 2 },
        { type: 'output', cellId: a, output: stdout('epoch 3\n'), at: 2 },
      );
      expect(nb.cells[0].outputs).toEqual([
        stdout('epoch 1\nepoch 2\n'),
        { output_type: 'stream', name: 'stderr', text: 'warn\n' },
        stdout('epoch 3\n'),
      ]);
    });

    it('does not give markdown cells outputs', () => {
      const nb = abc();
      expect(notebookReducer(nb, { type: 'output', cellId: b, output: stdout('x'), at: 2 })).toBe(nb);
      expect(notebookReducer(nb, { type: 'execution-started', cellId: b, executionCount: 1, at: 2 })).toBe(nb);
    });

    it('appends displays with an id, and an update replaces them in every cell, keeping the id', () => {
      const nb = run(
        abc(),
        { type: 'output', cellId: a, output: chart([1], 'loss'), at: 2 },
        { type: 'output', cellId: a, output: stdout('training\n'), at: 2 },
        { type: 'output', cellId: c, output: chart([1], 'loss'), at: 2 },
        { type: 'output', cellId: c, output: chart([7], 'other'), at: 2 },
      );
      expect(nb.cells[0].outputs).toHaveLength(2);
      const updated = notebookReducer(nb, {
        type: 'update-display',
        cellId: c,
        displayId: 'loss',
        output: chart([1, 0.5]) as Extract<Output, { output_type: 'display_data' }>,
        at: 3,
      });
      expect(updated.cells[0].outputs[0]).toEqual(chart([1, 0.5], 'loss'));
      expect(updated.cells[0].outputs[1]).toEqual(stdout('training\n'));
      expect(updated.cells[2].outputs).toEqual([chart([1, 0.5], 'loss'), chart([7], 'other')]);
      expect(updated.cells[1]).toBe(nb.cells[1]);
      expect(updated.updatedAt).toBe(3);
    });
  });
});
