import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

const lineCount = (text: string) => text.split('\n').length;

describe('imports', () => {
  it('rewrites static imports (namespace, named, default, side-effect) in place', () => {
    const source = [
      "import * as tf from '@tensorflow/tfjs';",
      "import { a, b as c } from 'x';",
      "import d, { e } from 'x';",
      "import 'polyfill';",
      "import f, * as ns from 'y';",
      "import { default as g, 'odd-name' as h } from 'z';",
    ].join('\n');
    expect(transpileCell(source).body.split('\n')).toEqual([
      'const tf = await __import("@tensorflow/tfjs");',
      'const {a, b: c} = await __import("x");',
      'const {default: d, e} = await __import("x");',
      'await __import("polyfill");',
      'const ns = await __import("y"), {default: f} = ns;',
      'const {default: g, "odd-name": h} = await __import("z");',
    ]);
  });

  it('passes import attributes on to the loader, as dynamic import() would', () => {
    expect(transpileCell("import data from './d.json' with { type: 'json' };").body).toBe(
      'const {default: data} = await __import("./d.json", { with: { "type": "json" } });',
    );
  });

  it('pads a multi-line import so the lines after it keep their numbers', () => {
    const source = "import {\n  a,\n  b,\n} from 'x'\nconst sum = a + b;";
    const { body } = transpileCell(source);
    expect(lineCount(body)).toBe(lineCount(source));
    expect(body.split('\n')[0]).toBe('const {a, b} = await __import("x");');
    expect(body.split('\n')[4]).toBe('const sum = a + b;');
  });

  it('keeps an import the cell itself does not use, because later cells may', () => {
    expect(transpileCell("import * as tf from '@tensorflow/tfjs';").body).toBe('const tf = await __import("@tensorflow/tfjs");');
  });

  it('drops type-only imports and type-only specifiers', () => {
    const cell = transpileCell("import type { A } from 'a';\nimport { type B, c } from 'b';");
    expect(cell.body).toBe('\nconst {c} = await __import("b");');
    expect(cell.imports).toEqual([{ local: 'c', module: 'b' }]);
  });

  it('rewrites dynamic import() anywhere without changing line numbers', () => {
    const source = "async function load() {\n  return (await import('./a.js')).default;\n}\nconst m = import(\n  'b'\n);";
    const { body, inputs } = transpileCell(source);
    expect(body).toBe("async function load() {\n  return (await __import('./a.js')).default;\n}\nconst m = __import(\n  'b'\n);");
    expect(inputs).toEqual([]);
  });
});
