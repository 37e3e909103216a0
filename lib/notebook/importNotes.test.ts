import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIpynb, serializeIpynb } from './ipynb';
import { notebookSchema } from './notebookSchema';
import { nbformatErrors } from './schema/validateNbformat';
import { notebookReducer } from './transitions';

const test4plus = readFileSync(new URL('./fixtures/test4plus.ipynb', import.meta.url), 'utf8');

describe("Jupyter's own nbformat 4.99 test notebook", () => {
  it('opens, with every cell, and a warning naming the version and what changed', () => {
    const nb = parseIpynb(test4plus, { fileName: 'test4plus.ipynb', now: 1 });
    expect(nb.cells).toHaveLength(11);
    expect(nb.cells[9]).toMatchObject({ id: 'future-10', cell_type: 'raw', source: '' });
    expect(nb.cells[10].outputs.map((o) => o.output_type)).toEqual(['stream', 'display_data', 'stream']);
    expect(nb.importNotes).toEqual([
      expect.stringContaining('nbformat 4.99, newer than the 4.5 Sparkbook fully supports'),
      'Cell 10: unknown cell type "future cell", opened as a raw cell.',
      'Cell 11, output 2: unknown output type "future output", replaced by a note.',
    ]);
  });

  it('exports as valid nbformat 4.5, without the notes', () => {
    const file = JSON.parse(serializeIpynb(parseIpynb(test4plus)));
    expect(nbformatErrors(file)).toEqual([]);
    expect(JSON.stringify(file)).not.toContain('newer than');
  });

  it('keeps its notes in the stored record until the reader dismisses them', () => {
    const nb = parseIpynb(test4plus, { now: 1 });
    expect(notebookSchema.parse(JSON.parse(JSON.stringify(nb))).importNotes).toEqual(nb.importNotes);
    const dismissed = notebookReducer(nb, { type: 'dismiss-import-notes', at: 99 });
    expect(dismissed.importNotes).toBeUndefined();
    expect(dismissed.updatedAt).toBe(nb.updatedAt);
    expect(notebookReducer(dismissed, { type: 'dismiss-import-notes', at: 100 })).toBe(dismissed);
  });

  it('still refuses an unknown cell type in a file of a version we know, as Jupyter does', () => {
    const known = test4plus.replace('"nbformat_minor": 99', '"nbformat_minor": 5');
    expect(() => parseIpynb(known)).toThrow(/unknown cell_type "future cell"/);
  });
});

describe('stored import notes', () => {
  it('read as none when a record holds something other than text', () => {
    const nb = parseIpynb(test4plus, { now: 1 });
    expect(notebookSchema.parse({ ...JSON.parse(JSON.stringify(nb)), importNotes: [1, 2] }).importNotes).toBeUndefined();
  });
});
