import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

const inputsOf = (source: string) => transpileCell(source).inputs;
const assignedOf = (source: string) => transpileCell(source).assignedInputs;

describe('free names (inputs)', () => {
  it('finds names the cell reads but does not declare, sorted and unique', () => {
    expect(inputsOf('const y = b + a;\nconsole.log(a, y);')).toEqual(['a', 'b', 'console']);
  });

  it('excludes the cell’s own top-level declarations, even when used before they are declared', () => {
    expect(inputsOf('f();\nfunction f() { return g; }\nconst g = 1;\nclass K {}\nnew K();')).toEqual([]);
  });

  it('excludes parameters, locals, catch parameters and function and class expression names', () => {
    const source = [
      'function f(p, { q }, [r] = [], ...s) { let t = p + q + r + s; return t + u; }',
      'const g = function self(n) { return n ? self(n - 1) : v; };',
      'const h = (w) => { var hoisted = w; { const block = 1; } return hoisted + block; };',
      'try { risky(); } catch (err) { report(err); }',
      'const C = class Inner { clone() { return new Inner(); } };',
    ].join('\n');
    expect(inputsOf(source)).toEqual(['block', 'report', 'risky', 'u', 'v']);
  });

  it('excludes property names, method names, labels and import.meta but includes computed keys', () => {
    const source = [
      'const o = { key: 1, [computed]: 2, method() { return this.key; } };',
      'o.prop.deep = other.field;',
      'outer: for (const x of list) { if (x) break outer; }',
      'class K { field = init; static #secret = 1; m() {} }',
      'const url = import.meta.url;',
    ].join('\n');
    expect(inputsOf(source)).toEqual(['computed', 'init', 'list', 'other']);
  });

  it('includes shorthand properties and names used with typeof', () => {
    expect(inputsOf('const o = { a, b: 1 };\nconst t = typeof maybeDefined;')).toEqual(['a', 'maybeDefined']);
  });

  it('excludes arguments and undefined', () => {
    expect(inputsOf('function f() { return arguments.length; }\nconst u = undefined;')).toEqual([]);
  });

  it('sees block-scoped declarations only inside their block', () => {
    expect(inputsOf('{ const inner = 1; }\nconst x = inner;\nswitch (k) { case 1: let s = 1; break; case 2: s; }')).toEqual(['inner', 'k']);
  });

  it('ignores names that appear only in TypeScript types', () => {
    expect(inputsOf('const x: Tensor = make() as Rank;\ninterface I { t: Other }')).toEqual(['make']);
  });
});

describe('assigned inputs', () => {
  it('marks inputs the cell assigns with =, +=, ++ and destructuring', () => {
    expect(assignedOf('a = 1;\nb += 1;\nc++;\n--d;\n[e, { f }] = arr;\n({ g = 1, ...h } = obj);')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('marks assignments at any depth and for-of targets', () => {
    expect(assignedOf('function step() { count = count + 1; }\nfor (item of items) {}')).toEqual(['count', 'item']);
  });

  it('does not mark names that are only read, member targets, or locals', () => {
    const cell = transpileCell('obj.field = value;\nlet local; local = 1;\nconst [x = fallback] = arr;');
    expect(cell.assignedInputs).toEqual([]);
    expect(cell.inputs).toEqual(['arr', 'fallback', 'obj', 'value']);
  });
});
