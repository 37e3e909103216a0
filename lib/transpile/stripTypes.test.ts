import { describe, expect, it } from 'vitest';
import { transpileCell } from './transpile';

const lineCount = (text: string) => text.split('\n').length;

describe('TypeScript stripping', () => {
  it('strips type annotations, interfaces, `as` casts and generics and keeps line numbers', () => {
    const source = [
      "import type { Tensor } from '@tensorflow/tfjs';",
      'interface Point {',
      '  x: number;',
      '  y: number;',
      '}',
      'type Pair<T> = [T, T];',
      'function first<T>(pair: Pair<T>): T {',
      '  return pair[0];',
      '}',
      'const p = { x: 1, y: 2 } as Point;',
      'const n = first<number>([p.x, p.y]) satisfies number;',
      'n',
    ].join('\n');
    const { body } = transpileCell(source);
    expect(lineCount(body)).toBe(lineCount(source));
    expect(body).not.toMatch(/interface|Point|Pair|<T>|: number| as |satisfies/);
    expect(body.split('\n')[6]).toBe('function first(pair) {');
    expect(body.split('\n')[9]).toBe('const p = { x: 1, y: 2 } ;');
  });

  it('compiles enums and keeps the lines they span', () => {
    const source = 'enum Color {\n  Red,\n  Green,\n}\nColor.Green';
    const { body } = transpileCell(source);
    expect(lineCount(body)).toBe(lineCount(source));
    expect(body.split('\n')[4]).toBe('__value = (Color.Green);');
  });
});
