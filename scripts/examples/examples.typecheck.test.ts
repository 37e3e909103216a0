import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckCells } from '../../testing/editorTypeCheck';
import { EXAMPLES, OUT_DIR } from './build-examples.mjs';

interface NotebookJson {
  cells: { cell_type: string; source: string | string[] }[];
}

/** The example's code cells, named by their position in the notebook. */
function codeCells(file: string): Record<string, string> {
  const notebook = JSON.parse(readFileSync(join(OUT_DIR, file), 'utf8')) as NotebookJson;
  const cells: Record<string, string> = {};
  notebook.cells.forEach((cell, i) => {
    if (cell.cell_type === 'code') cells[`cell-${i + 1}`] = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
  });
  return cells;
}

describe('example notebooks in the editor', () => {
  for (const example of EXAMPLES) {
    it(`${example.file} type-checks with no diagnostics, as the editor shows it`, () => {
      const results = typeCheckCells(codeCells(example.file));
      const problems = Object.entries(results).flatMap(([cell, messages]) => messages.map((m) => `${cell} ${m}`));
      expect(problems).toEqual([]);
    }, 60_000);
  }
});
