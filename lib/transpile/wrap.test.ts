import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';
import { wrapCell, type CellFunction } from './wrap';

/** Compiles a cell the way the kernel does: transpile, wrap, indirect eval. */
function compile(source: string, provided: string[] = [], sourceURL = 'cell-test.js') {
  const cell = transpileCell(source);
  const wrapped = wrapCell(cell, provided, sourceURL);
  return { cell, wrapped, run: (0, eval)(wrapped.source) as CellFunction };
}

const noImports = async (specifier: string): Promise<unknown> => {
  throw new Error(`unexpected import of ${specifier}`);
};

describe('wrapCell', () => {
  it('puts the prologue on the header line so user line N is source line N + lineOffset', () => {
    const { wrapped } = compile('const a = b + 1;\na * 2', ['b']);
    expect(wrapped.lineOffset).toBe(1);
    expect(wrapped.source).toMatchInlineSnapshot(`
      "(async function (__inputs, __import) { "use strict"; let {b} = __inputs; let __value;
      const a = b + 1;
      __value = (a * 2);
      return { declarations: { a }, assigned: {}, value: __value };
      })
      //# sourceURL=cell-test.js"
    `);
    const lines = wrapped.source.split('\n');
    expect(lines[1 + wrapped.lineOffset - 1]).toBe('const a = b + 1;');
  });

  it('runs a cell with provided inputs and returns its declarations and value', async () => {
    const { run } = compile('const doubled = base * 2;\nfunction half() { return base / 2; }\ndoubled + 1', ['base']);
    const result = await run({ base: 10 }, noImports);
    expect(result.declarations.doubled).toBe(20);
    expect((result.declarations.half as () => number)()).toBe(5);
    expect(result.value).toBe(21);
    expect(result.assigned).toEqual({});
  });

  it('reports the new values of provided inputs the cell assigns to', async () => {
    const { run } = compile('counter = counter + 1;\nfunction bump() { total += 10; }\nbump();', ['counter', 'total']);
    const result = await run({ counter: 1, total: 5 }, noImports);
    expect(result.assigned).toEqual({ counter: 2, total: 15 });
    expect(result.value).toBeUndefined();
  });

  it('supports top-level await', async () => {
    const { run } = compile('const v = await Promise.resolve(41);\nawait new Promise((r) => setTimeout(r, 1));\nv + 1');
    expect((await run({}, noImports)).value).toBe(42);
  });

  it('leaves unprovided globals such as Math reachable', async () => {
    const { cell, run } = compile('const m = Math.max(a, 3);\nm', ['a']);
    expect(cell.inputs).toEqual(['Math', 'a']);
    expect((await run({ a: 7 }, noImports)).value).toBe(7);
  });

  it('loads imports through the kernel’s loader and returns the import locals', async () => {
    const modules: Record<string, unknown> = { stats: { mean: (xs: number[]) => xs.reduce((a, b) => a + b) / xs.length, default: 'D' } };
    const load = async (specifier: string) => modules[specifier];
    const { run } = compile("import d, { mean } from 'stats';\nconst m = mean([1, 2, 3]);\nm");
    const result = await run({}, load);
    expect(result.declarations).toEqual({ m: 2, d: 'D', mean: (modules.stats as { mean: unknown }).mean });
    expect(result.value).toBe(2);
  });

  it('runs TypeScript cells', async () => {
    const { run } = compile('interface P { x: number }\nconst p: P = { x: 2 };\n(p.x as number) * 3');
    expect((await run({}, noImports)).value).toBe(6);
  });

  it('does not destructure a provided name that is not an input of the cell', async () => {
    const { wrapped, run } = compile('const x = 1;\nx', ['x', 'Math']);
    expect(wrapped.source.split('\n')[0]).not.toContain('__inputs;');
    expect((await run({ x: 99 }, noImports)).value).toBe(1);
  });

  it('ends with a sourceURL so stack traces name the cell', () => {
    expect(compile('1').wrapped.source.endsWith('\n//# sourceURL=cell-test.js')).toBe(true);
  });
});
