import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

const lineCount = (text: string) => text.split('\n').length;

describe('display value', () => {
  it('displays the last expression statement', () => {
    const cell = transpileCell('const a = 1;\na + 1');
    expect(cell.hasDisplayValue).toBe(true);
    expect(cell.body).toBe('const a = 1;\n__value = (a + 1);');
  });

  it('displays a multi-line last expression in place', () => {
    const source = 'const xs = [1, 2];\nxs\n  .map((x) => x * 2)\n  .filter(Boolean);';
    const { body } = transpileCell(source);
    expect(body).toBe('const xs = [1, 2];\n__value = (xs\n  .map((x) => x * 2)\n  .filter(Boolean));');
    expect(lineCount(body)).toBe(lineCount(source));
  });

  it('displays awaits, assignments and dynamic imports', () => {
    expect(transpileCell('await fetchData()').body).toBe('__value = (await fetchData());');
    expect(transpileCell('x = x + 1').body).toBe('__value = (x = x + 1);');
    expect(transpileCell("import('m')").body).toBe("__value = (__import('m'));");
  });

  it('does not display a last declaration, block or loop', () => {
    for (const source of ['1 + 1;\nconst a = 2;', 'function f() {}', 'for (;;) break;', "import 'x';", '']) {
      const cell = transpileCell(source);
      expect(cell.hasDisplayValue).toBe(false);
      expect(cell.body).not.toContain('__value');
    }
  });

  it('displays a cell that is just a string literal, though it reads as a directive prologue', () => {
    expect(transpileCell("'start'").body).toBe("__value = ('start');");
    expect(transpileCell('"done";').body).toBe('__value = ("done");');
    expect(transpileCell("'a';\n'b'").body).toBe("'a';\n__value = ('b');");
  });

  it('keeps a leading "use strict" as a directive and displays the last expression after it', () => {
    expect(transpileCell('"use strict";\nconst a = 1;').hasDisplayValue).toBe(false);
    expect(transpileCell('"use strict";\n1 + 1').body).toBe('"use strict";\n__value = (1 + 1);');
  });
});
