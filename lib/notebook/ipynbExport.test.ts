import { describe, expect, it } from 'vitest';
import { asCellId } from './ids';
import { serializeIpynb, splitLines, toIpynb } from './ipynbExport';
import { createNotebook } from './transitions';
import type { Notebook } from './types';

function notebook(patch: Partial<Notebook> = {}): Notebook {
  return { ...createNotebook({ title: 'Demo', now: 1 }), ...patch };
}

describe('splitLines', () => {
  it('splits text into lines that keep their newline, the last one without', () => {
    expect(splitLines('a\nb\n\nc')).toEqual(['a\n', 'b\n', '\n', 'c']);
    expect(splitLines('a\n')).toEqual(['a\n']);
    expect(splitLines('')).toEqual([]);
  });
});

describe('toIpynb', () => {
  it('writes nbformat 4.5 with our TypeScript kernel and the title', () => {
    const file = toIpynb(notebook({ metadata: { custom: { keep: true }, kernelspec: { name: 'old', display_name: 'Old' } } }));
    expect(file.nbformat).toBe(4);
    expect(file.nbformat_minor).toBe(5);
    expect(file.metadata).toEqual({
      custom: { keep: true },
      kernelspec: { name: 'sparkbook-typescript', display_name: 'TypeScript (Sparkbook)', language: 'typescript' },
      language_info: {
        name: 'typescript',
        version: '5',
        mimetype: 'text/typescript',
        file_extension: '.ts',
        codemirror_mode: 'typescript',
      },
      sparkbook: { title: 'Demo' },
    });
  });

  it('writes a JavaScript notebook with a JavaScript kernel so it re-imports as JavaScript', () => {
    const file = toIpynb(notebook({ language: 'javascript' }));
    expect(file.metadata.kernelspec).toMatchObject({ language: 'javascript' });
  });

  it('keeps the kernel of a notebook in another language, and its language when the kernel is missing', () => {
    const r = { name: 'ir', display_name: 'R', language: 'R' };
    expect(toIpynb(notebook({ language: 'r', metadata: { kernelspec: r } })).metadata.kernelspec).toEqual(r);
    expect(toIpynb(notebook({ language: 'julia', metadata: {} })).metadata.language_info).toEqual({ name: 'julia' });
  });

  it('writes sources as lines, and markdown cells without outputs or a run count', () => {
    const nb = notebook({
      cells: [{ id: asCellId('m'), cell_type: 'markdown', source: '# A\nB', outputs: [], execution_count: null, metadata: {} }],
    });
    expect(toIpynb(nb).cells[0]).toEqual({ id: 'm', cell_type: 'markdown', metadata: {}, source: ['# A\n', 'B'] });
  });

  it('leaves out live display ids and writes text MIME values as lines', () => {
    const nb = notebook();
    nb.cells[0] = {
      ...nb.cells[0],
      outputs: [
        {
          output_type: 'display_data',
          data: { 'text/plain': 'a\nb', 'image/png': 'AAAA', 'application/vnd.sparkbook.chart+json': { x: [1] } },
          metadata: {},
          transient: { display_id: 'd1' },
        },
      ],
    };
    expect(toIpynb(nb).cells[0]).toMatchObject({
      outputs: [
        {
          output_type: 'display_data',
          data: { 'text/plain': ['a\n', 'b'], 'image/png': 'AAAA', 'application/vnd.sparkbook.chart+json': { x: [1] } },
          metadata: {},
        },
      ],
    });
    expect(JSON.stringify(toIpynb(nb))).not.toContain('transient');
  });
});

describe('serializeIpynb', () => {
  it('formats as Jupyter does: sorted keys, one-space indent, trailing newline', () => {
    const text = serializeIpynb(notebook());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": null,\n')).toBe(true);
    expect(text.trimEnd().endsWith('"nbformat": 4,\n "nbformat_minor": 5\n}')).toBe(true);
  });
});
