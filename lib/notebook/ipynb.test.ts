import { describe, expect, it } from 'vitest';
import { asCellId, asNotebookId } from './ids';
import { parseIpynb, serializeIpynb, toIpynb } from './ipynb';
import { nbformatErrors } from './schema/validateNbformat';
import type { Cell, Notebook, Output } from './types';

const table = {
  columns: ['species', 'precision', 'recall'],
  rows: [
    ['setosa', 1, 0.98],
    ['versicolor', 0.91, null],
  ],
};

/** A notebook with every kind of cell and output we produce. */
function everything(): Notebook {
  const code = (id: string, source: string, outputs: Output[], count: number | null): Cell => ({
    id: asCellId(id),
    cell_type: 'code',
    source,
    outputs,
    execution_count: count,
    metadata: {},
  });
  return {
    id: asNotebookId('nbroundtrip'),
    title: 'Iris — every output',
    language: 'typescript',
    metadata: {},
    createdAt: 1,
    updatedAt: 2,
    origin: 'new',
    cells: [
      {
        id: asCellId('intro'),
        cell_type: 'markdown',
        source: '# Iris\n\nTrain a *small* net.\n',
        outputs: [],
        execution_count: null,
        metadata: {},
      },
      code(
        'load',
        'const data = await loadIris();\nconsole.log(data.size)',
        [
          { output_type: 'stream', name: 'stdout', text: '150\nready\n' },
          { output_type: 'stream', name: 'stderr', text: 'no trailing newline' },
        ],
        1,
      ),
      code(
        'report',
        'report(model)',
        [
          {
            output_type: 'display_data',
            data: { 'application/vnd.sparkbook.table+json': table, 'text/plain': 'species  precision  recall\nsetosa   1.00       0.98' },
            metadata: { isolated: false },
            transient: { display_id: 'live-table' },
          },
          { output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo=', 'text/plain': '<image>' }, metadata: {} },
        ],
        2,
      ),
      code(
        'result',
        'model.countParams()',
        [{ output_type: 'execute_result', execution_count: 3, data: { 'text/plain': '131' }, metadata: {} }],
        3,
      ),
      code(
        'oops',
        'undefinedThing()',
        [
          {
            output_type: 'error',
            ename: 'ReferenceError',
            evalue: 'undefinedThing is not defined',
            traceback: ['ReferenceError: undefinedThing is not defined', '    at cell oops, line 1'],
          },
        ],
        4,
      ),
      code('empty', '', [], null),
      {
        id: asCellId('raw'),
        cell_type: 'raw',
        source: 'raw\ntext',
        outputs: [],
        execution_count: null,
        metadata: { format: 'text/plain' },
      },
    ],
  };
}

/** What survives a trip through a file: everything but the runtime-only display ids. */
function withoutTransient(nb: Notebook): Cell[] {
  return nb.cells.map((cell) => ({
    ...cell,
    outputs: cell.outputs.map((o) => {
      if (o.output_type !== 'display_data') return o;
      const { transient: _transient, ...saved } = o;
      return saved;
    }),
  }));
}

describe('.ipynb round trip', () => {
  it('keeps cells, sources, outputs and the title through serialize and parse', () => {
    const nb = everything();
    const back = parseIpynb(serializeIpynb(nb), { fileName: 'ignored.ipynb', now: 5 });
    expect(back.cells).toEqual(withoutTransient(nb));
    expect(back.title).toBe('Iris — every output');
    expect(back.language).toBe('typescript');
    expect(back.origin).toBe('import');
    expect(back.id).not.toBe(nb.id);
    expect(back.createdAt).toBe(5);
  });

  it.each([
    ['an empty source', ''],
    ['a single line', 'x'],
    ['a trailing newline', 'x\n'],
    ['only newlines', '\n\n'],
    ['blank lines inside', 'a\n\n\nb'],
    ['Windows line endings', 'a\r\nb\r\n'],
    ['unicode', 'const π = Math.PI; // 🚀\n'],
  ])('keeps %s exactly', (_name, source) => {
    const nb = everything();
    nb.cells[1] = { ...nb.cells[1], source, outputs: [{ output_type: 'stream', name: 'stdout', text: source }] };
    nb.cells[0] = { ...nb.cells[0], source };
    const back = parseIpynb(serializeIpynb(nb));
    expect(back.cells[0].source).toBe(source);
    expect(back.cells[1].source).toBe(source);
    expect(back.cells[1].outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: source }]);
  });

  it('keeps a rich JSON output as a JSON object in the file, not a string', () => {
    const file = JSON.parse(serializeIpynb(everything()));
    expect(file.cells[2].outputs[0].data['application/vnd.sparkbook.table+json']).toEqual(table);
  });

  it('keeps markdown attachments of an imported Jupyter notebook', () => {
    const nb = everything();
    nb.cells[0] = { ...nb.cells[0], source: '![plot](attachment:plot.png)', attachments: { 'plot.png': { 'image/png': 'iVBORw0KGgo=' } } };
    const back = parseIpynb(serializeIpynb(nb));
    expect(back.cells[0].attachments).toEqual({ 'plot.png': { 'image/png': 'iVBORw0KGgo=' } });
  });
});

describe('.ipynb export against the nbformat 4.5 schema', () => {
  it('writes a notebook with every output kind, markdown and raw cells that Jupyter accepts', () => {
    expect(nbformatErrors(JSON.parse(serializeIpynb(everything())))).toEqual([]);
  });

  it('writes an empty notebook that Jupyter accepts', () => {
    expect(nbformatErrors(toIpynb({ ...everything(), cells: [] }))).toEqual([]);
  });

  it('notices an invalid notebook (the validator is really checking)', () => {
    const file = toIpynb(everything());
    const broken = { ...file, cells: [{ ...file.cells[0], id: 'has space', bogus: 1 }] };
    expect(nbformatErrors(broken).length).toBeGreaterThan(0);
    expect(nbformatErrors({ ...file, nbformat_minor: 4 }).length).toBeGreaterThan(0);
  });

  it('drops or fixes metadata and ids the schema forbids instead of writing an invalid file', () => {
    const nb = everything();
    nb.metadata = { orig_nbformat: 3, title: 42, authors: 'me', kernelspec: 'python' };
    nb.cells[0] = { ...nb.cells[0], id: asCellId('bad id/with spaces'), metadata: { name: '', tags: ['a', 'a', 'b,c', 3] } };
    nb.cells[1] = {
      ...nb.cells[1],
      id: asCellId('x'.repeat(80)),
      metadata: { collapsed: 'yes', scrolled: 'sometimes', execution: { started: 1, 'iopub.status.busy': 'now' }, jupyter: [] },
    };
    nb.cells[2] = {
      ...nb.cells[2],
      outputs: [{ output_type: 'display_data', data: { 'text/plain': 'ok', 'image/png': { not: 'text' } }, metadata: {} }],
    };
    const file = toIpynb(nb);
    expect(nbformatErrors(file)).toEqual([]);
    expect(file.cells[0].metadata).toEqual({ tags: ['a'] });
    expect(file.cells[1].metadata).toEqual({ execution: { 'iopub.status.busy': 'now' } });
    expect(file.cells[1].id).toBe('x'.repeat(64));
    expect(file.cells[0].id).toBe('bad-id-with-spaces');
  });
});
