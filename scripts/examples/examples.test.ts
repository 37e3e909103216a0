import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIpynb } from '../../lib/notebook/ipynb';
import { nbformatErrors } from '../../lib/notebook/schema/validateNbformat';
import { transpileCell } from '../../lib/transpile/transpile';
import { buildAll, EXAMPLES, OUT_DIR, parseCells } from './build-examples.mjs';

const index = JSON.parse(readFileSync(join(OUT_DIR, 'index.json'), 'utf8')) as {
  examples: { file: string; title: string; description: string }[];
};

describe('example notebooks', () => {
  it('are the files build-examples.mjs writes (run `npm run examples` after editing a *.cells.txt)', () => {
    for (const [path, text] of buildAll()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('are listed in the gallery index, iris, MNIST and the LSTM forecast first', () => {
    expect(index.examples.slice(0, 3).map((e) => e.file)).toEqual(['iris.ipynb', 'mnist.ipynb', 'lstm-forecast.ipynb']);
    for (const e of index.examples) expect(e.description.length).toBeGreaterThan(20);
  });

  for (const example of EXAMPLES) {
    describe(example.file, () => {
      const text = readFileSync(join(OUT_DIR, example.file), 'utf8');

      it('is valid nbformat 4.5 with the TypeScript kernelspec', () => {
        const json = JSON.parse(text);
        expect(nbformatErrors(json)).toEqual([]);
        expect(json.nbformat_minor).toBe(5);
        expect(json.metadata.kernelspec).toEqual({
          name: 'sparkbook-typescript',
          display_name: 'TypeScript (Sparkbook)',
          language: 'typescript',
        });
        expect(json.metadata.language_info.name).toBe('typescript');
      });

      it('opens in Sparkbook with its title, a story in Markdown and no outputs yet', () => {
        const nb = parseIpynb(text, { fileName: example.file });
        expect(nb.title).toBe(example.title);
        expect(nb.language).toBe('typescript');
        expect(nb.cells[0].cell_type).toBe('markdown');
        expect(nb.cells.filter((c) => c.cell_type === 'markdown').length).toBeGreaterThanOrEqual(4);
        expect(nb.cells.every((c) => c.outputs.length === 0 && c.execution_count === null)).toBe(true);
      });

      it('compiles every code cell, each name declared by one cell only, and ends on a cell that states the result', () => {
        const nb = parseIpynb(text);
        const code = nb.cells.filter((c) => c.cell_type === 'code');
        const declaredBy = new Map<string, number>();
        code.forEach((cell, i) => {
          const compiled = transpileCell(cell.source);
          for (const name of compiled.declarations) {
            expect(declaredBy.has(name), `"${name}" is declared by code cells ${declaredBy.get(name)} and ${i + 1}`).toBe(false);
            declaredBy.set(name, i + 1);
          }
        });
        expect(nb.cells[nb.cells.length - 1].cell_type).toBe('code');
        expect(nb.cells[nb.cells.length - 1].source).toMatch(/'PASS' : 'FAIL'/);
        expect(transpileCell(code[code.length - 1].source).hasDisplayValue).toBe(true);
      });

      it('trains on the cluster', () => {
        expect(text).toMatch(/spark\.(fit|sweep)\(/);
        expect(text).toContain('spark.resize(2)');
      });
    });
  }
});

describe('parseCells', () => {
  it('splits a source on %% markers and trims blank lines around each cell', () => {
    expect(parseCells('%% markdown\n# Hi\n\n%% code\n\nconst a = 1;\n\n')).toEqual([
      { cellType: 'markdown', source: '# Hi' },
      { cellType: 'code', source: 'const a = 1;' },
    ]);
    expect(() => parseCells('stray\n%% code\nx')).toThrow('before the first');
  });
});
