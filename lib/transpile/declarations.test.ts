import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

const declarationsOf = (source: string) => transpileCell(source).declarations;

describe('top-level declarations', () => {
  it('collects const, let, var, function and class declarations in order', () => {
    expect(declarationsOf('const a = 1;\nlet b;\nvar c = 2;\nfunction d() {}\nclass E {}')).toEqual(['a', 'b', 'c', 'd', 'E']);
  });

  it('collects every name bound by a destructuring pattern', () => {
    expect(declarationsOf('const { a, b: [c, ...d], e = 1, ...f } = obj;\nlet [g, , h] = arr;')).toEqual([
      'a',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('ignores declarations nested in blocks and functions', () => {
    expect(declarationsOf('{ let a = 1; const b = 2; class C {} }\nfunction f() { var d; let e; }\nif (x) { function g() {} }')).toEqual([
      'f',
    ]);
  });

  it('includes a var hoisted out of a top-level loop or block, since var is function-scoped', () => {
    expect(
      declarationsOf('for (var i = 0; i < 3; i++) {}\nfor (var k of xs) {}\nif (x) { var j = 1; }\ntry { var t; } catch { var u; }'),
    ).toEqual(['i', 'k', 'j', 't', 'u']);
  });

  it('does not count imports as declarations but lists them as imports', () => {
    const cell = transpileCell("import * as tf from '@tensorflow/tfjs';\nimport d, { e as f } from 'x';\nconst g = 1;");
    expect(cell.declarations).toEqual(['g']);
    expect(cell.imports).toEqual([
      { local: 'tf', module: '@tensorflow/tfjs' },
      { local: 'd', module: 'x' },
      { local: 'f', module: 'x' },
    ]);
  });

  it('declares the name of a TypeScript enum', () => {
    expect(declarationsOf('enum Color { Red, Green }')).toEqual(['Color']);
  });
});
