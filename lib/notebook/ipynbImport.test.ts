import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIpynbSize, MAX_IPYNB_BYTES, NotebookImportError, parseIpynb, serializeIpynb } from './ipynb';
import { nbformatErrors } from './schema/validateNbformat';
import { isRunnable } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A minimal valid nbformat 4.5 file with the given cells, for error cases. */
const file = (cells: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells, ...extra });
const codeCell = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  cell_type: 'code',
  metadata: {},
  source: 'x',
  outputs: [],
  execution_count: null,
  ...extra,
});

function importError(text: string, fileName = 'broken.ipynb'): NotebookImportError {
  try {
    parseIpynb(text, { fileName });
  } catch (error) {
    expect(error).toBeInstanceOf(NotebookImportError);
    return error as NotebookImportError;
  }
  throw new Error('expected parseIpynb to throw');
}

describe('parseIpynb on real Jupyter files', () => {
  it('imports a Python notebook as a read-only python notebook with all its outputs', () => {
    const nb = parseIpynb(fixture('python-pandas.ipynb'), { fileName: 'Iris EDA.ipynb', now: 7 });
    expect(nb.language).toBe('python');
    expect(isRunnable(nb)).toBe(false);
    expect(nb.title).toBe('Iris EDA');
    expect(nb.origin).toBe('import');
    expect(nb.cells.map((c) => c.cell_type)).toEqual(['markdown', 'code', 'code', 'code', 'code', 'raw', 'code']);
    expect(nb.cells[0].source).toBe('# Iris with pandas\n\nA quick look at the data before training.');
    expect(nb.cells[1]).toMatchObject({
      id: 'b7e41d02',
      execution_count: 1,
      outputs: [{ output_type: 'stream', name: 'stdout', text: 'pandas 2.2.2\nrows: 150\n' }],
      metadata: { tags: ['setup'] },
    });
    expect(nb.cells[2].outputs[0]).toMatchObject({ output_type: 'execute_result', execution_count: 2 });
    expect(nb.cells[3].outputs[0]).toMatchObject({
      output_type: 'display_data',
      data: { 'text/plain': '<Figure size 640x480 with 1 Axes>' },
    });
    expect(nb.cells[4].outputs[0]).toMatchObject({ output_type: 'error', ename: 'KeyError' });
    expect(nb.cells[6]).toMatchObject({ source: '', execution_count: null, outputs: [] });
  });

  it('exports a Python notebook with its own kernel and a valid file', () => {
    const nb = parseIpynb(fixture('python-pandas.ipynb'));
    const out = JSON.parse(serializeIpynb(nb));
    expect(out.metadata.kernelspec).toEqual({ display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' });
    expect(out.metadata.language_info.name).toBe('python');
    expect(nbformatErrors(out)).toEqual([]);
    expect(parseIpynb(JSON.stringify(out)).cells).toEqual(nb.cells);
  });

  it('imports an nbformat 4.4 notebook without cell ids by generating valid, unique ids', () => {
    const nb = parseIpynb(fixture('legacy-4.4-no-ids.ipynb'));
    expect(nb.cells).toHaveLength(2);
    const [a, b] = nb.cells.map((c) => c.id);
    expect(a).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    expect(a).not.toBe(b);
    expect(nb.cells[1].source).toBe('print(6 * 7)');
    expect(nbformatErrors(JSON.parse(serializeIpynb(nb)))).toEqual([]);
  });
});

describe('parseIpynb title and language', () => {
  it('prefers the saved Sparkbook title, then the file name, then "Untitled"', () => {
    expect(parseIpynb(file([], { metadata: { sparkbook: { title: 'Saved' } } }), { fileName: 'f.ipynb' }).title).toBe('Saved');
    expect(parseIpynb(file([]), { fileName: 'My run.IPYNB' }).title).toBe('My run');
    expect(parseIpynb(file([])).title).toBe('Untitled');
  });

  it('reads the language from the kernelspec, then language_info, lowercased, defaulting to TypeScript', () => {
    const lang = (metadata: unknown) => parseIpynb(file([], { metadata })).language;
    expect(lang({ kernelspec: { name: 'ir', display_name: 'R', language: 'R' } })).toBe('r');
    expect(lang({ language_info: { name: 'JavaScript' } })).toBe('javascript');
    expect(lang({})).toBe('typescript');
    expect(isRunnable({ language: lang({ language_info: { name: 'javascript' } }) })).toBe(true);
  });

  it('accepts what Jupyter accepts: string sources, missing metadata, older minor versions', () => {
    const nb = parseIpynb(
      JSON.stringify({ nbformat: 4, nbformat_minor: 2, metadata: {}, cells: [{ cell_type: 'markdown', source: 'hi' }] }),
    );
    expect(nb.cells[0]).toMatchObject({ cell_type: 'markdown', source: 'hi', metadata: {}, outputs: [] });
  });

  it('replaces ids nbformat 4.5 would reject, keeping the valid ones', () => {
    const nb = parseIpynb(file([codeCell('keep-me_1'), codeCell('has spaces!'), codeCell('')]));
    expect(nb.cells[0].id).toBe('keep-me_1');
    expect(nb.cells[1].id).toBe('has-spaces-');
    expect(nb.cells[2].id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
  });
});

describe('parseIpynb errors tell the user what went wrong and what to do', () => {
  it('rejects text that is not JSON', () => {
    const error = importError('{ "cells": [', 'notes.ipynb');
    expect(error.message).toMatch(/^"notes\.ipynb" is not valid JSON \(.+\)\. Is it a Jupyter \.ipynb file\?$/);
  });

  it('rejects JSON that is not a notebook', () => {
    expect(importError('{"name": "package"}').message).toMatch(/"broken\.ipynb" is JSON but not a Jupyter notebook/);
    expect(importError('[1, 2]').message).toMatch(/not a Jupyter notebook/);
    expect(importError('{"nbformat": 4, "metadata": {}}').message).toMatch(/not a Jupyter notebook/);
  });

  it('rejects nbformat 3 notebooks, which have worksheets instead of cells', () => {
    const error = importError(JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [{ cells: [] }], metadata: {} }));
    expect(error.message).toContain("nbformat 3 notebooks can't be opened; open it in Jupyter and save it again (nbformat 4)");
  });

  it('rejects a future nbformat 5', () => {
    expect(importError(JSON.stringify({ nbformat: 5, cells: [] })).message).toMatch(/nbformat 5 is newer.*nbformat 4/);
  });

  it('rejects duplicate cell ids, naming the id and both cells', () => {
    const error = importError(file([codeCell('a'), codeCell('abc'), codeCell('b'), codeCell('c'), codeCell('abc')]));
    expect(error.message).toContain('cell id "abc" appears twice (cells 2 and 5)');
    expect(error.path).toBe('cells[4].id');
  });

  it('names the key path of an invalid field', () => {
    const error = importError(file([codeCell('a'), codeCell('b'), codeCell('c'), codeCell('d', { source: 42 })]));
    expect(error.message).toContain('cells[3].source: expected a string or an array of strings');
    expect(error.message).toContain('open the notebook in Jupyter and save it again');
    expect(error.path).toBe('cells[3].source');
  });

  it('names an unknown output type and where it is', () => {
    const error = importError(file([codeCell('a', { outputs: [{ output_type: 'widget_state', data: {} }] })]));
    expect(error.message).toContain('cells[0].outputs[0].output_type: unknown output_type "widget_state"');
  });

  it('names an unknown cell type and a non-text value under a text MIME type', () => {
    expect(importError(file([{ cell_type: 'sql', source: '' }])).message).toContain('cells[0].cell_type: unknown cell_type "sql"');
    const bad = codeCell('a', { outputs: [{ output_type: 'display_data', data: { 'text/plain': { x: 1 } }, metadata: {} }] });
    expect(importError(file([bad])).message).toContain('cells[0].outputs[0].data["text/plain"]: expected a string');
  });
});

describe('checkIpynbSize', () => {
  it('accepts files up to 50 MB', () => {
    expect(() => checkIpynbSize(MAX_IPYNB_BYTES, 'big.ipynb')).not.toThrow();
  });

  it('refuses bigger files with their size in the message', () => {
    expect(() => checkIpynbSize(Math.round(52.4 * 1024 * 1024), 'huge.ipynb')).toThrow(
      /^"huge\.ipynb" is 52\.4 MB; notebooks up to 50 MB can be imported\. Clear its outputs/,
    );
  });
});
