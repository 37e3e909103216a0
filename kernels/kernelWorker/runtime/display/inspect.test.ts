import { describe, expect, it } from 'vitest';
import { describeFunction, inspect, quoteString } from './inspect';

describe('inspect', () => {
  it('prints primitives as a REPL would', () => {
    expect([1, -0, NaN, 10n, true, null, undefined, Symbol('s')].map((v) => inspect(v))).toEqual([
      '1',
      '-0',
      'NaN',
      '10n',
      'true',
      'null',
      'undefined',
      'Symbol(s)',
    ]);
  });

  it('quotes nested strings with single quotes and escapes', () => {
    expect(inspect({ s: "it's\n" })).toBe("{ s: 'it\\'s\\n' }");
    expect(quoteString('"')).toBe(`'"'`);
  });

  it('marks a cycle instead of recursing forever', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    a.list = [a];
    expect(inspect(a)).toBe("{ name: 'a', self: [Circular], list: [ [Circular] ] }");
  });

  it('prints a shared, non-cyclic object twice rather than calling it circular', () => {
    const shared = { x: 1 };
    expect(inspect([shared, shared])).toBe('[ { x: 1 }, { x: 1 } ]');
  });

  it('stops at depth 2 as Node does', () => {
    expect(inspect({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(inspect([[[[1]]]])).toBe('[ [ [ [Array] ] ] ]');
  });

  it('cuts long arrays and says how many items it left out', () => {
    const text = inspect(Array.from({ length: 150 }, (_, i) => i));
    expect(text).toContain('... 50 more items');
    expect(text.split('\n').length).toBeLessThan(15);
  });

  it('caps the total number of entries so wide and deep data stays small', () => {
    const wide = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => ({ a: 1 })));
    expect(inspect(wide).length).toBeLessThan(50_000);
  });

  it('prints Map, Set, Date, RegExp, errors and typed arrays', () => {
    expect(inspect(new Map([['k', { v: 1 }]]))).toBe("Map(1) { 'k' => { v: 1 } }");
    expect(inspect(new Set([1, 'a']))).toBe("Set(2) { 1, 'a' }");
    expect(inspect(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(inspect(/a+/g)).toBe('/a+/g');
    expect(inspect({ e: new RangeError('too big') })).toBe('{ e: [RangeError: too big] }');
    expect(inspect(new Float32Array([1, 2]))).toBe('Float32Array(2) [ 1, 2 ]');
  });

  it('names class instances and null-prototype objects', () => {
    class Point {
      x = 1;
    }
    expect(inspect(new Point())).toBe('Point { x: 1 }');
    expect(inspect(Object.create(null))).toBe('[Object: null prototype] {}');
  });

  it('names getters without calling them', () => {
    const obj = {
      get boom(): number {
        throw new Error('called');
      },
    };
    expect(inspect(obj)).toBe('{ boom: [Getter] }');
  });

  it('survives a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(inspect(hostile)).toBe('[object (uninspectable)]');
  });

  it('describes functions and classes as Node does', () => {
    expect(describeFunction(function named() {})).toBe('[Function named]');
    expect(describeFunction(async () => {})).toBe('[AsyncFunction (anonymous)]');
    expect(describeFunction(class Model {})).toBe('[class Model]');
  });

  it('breaks a long object over indented lines', () => {
    const text = inspect({ first: 'x'.repeat(40), second: 'y'.repeat(40) });
    expect(text).toBe(`{\n  first: '${'x'.repeat(40)}',\n  second: '${'y'.repeat(40)}'\n}`);
  });

  it('lets a describer speak for values it knows', () => {
    const special = { isSpecial: true };
    expect(inspect({ t: special }, { describe: (v) => (v === special ? 'Special!' : undefined) })).toBe('{ t: Special! }');
  });
});
