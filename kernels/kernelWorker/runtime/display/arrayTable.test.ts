import { describe, expect, it } from 'vitest';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, arrayTable, toTableCell } from './arrayTable';

describe('arrayTable', () => {
  it('turns records into a table over the union of their keys', () => {
    expect(
      arrayTable([
        { a: 1, b: 'x' },
        { b: 2, c: true },
      ]),
    ).toEqual({
      columns: ['(index)', 'a', 'b', 'c'],
      rows: [
        [0, 1, 'x', null],
        [1, null, 2, true],
      ],
      totalRows: 2,
    });
  });

  it('keeps the first rows of a long array and tells the true row count', () => {
    const table = arrayTable(Array.from({ length: 1000 }, (_, i) => ({ i })));
    expect(table?.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(table?.totalRows).toBe(1000);
  });

  it('shows primitives in a Values column', () => {
    expect(arrayTable(['a', 1, null])?.rows).toEqual([
      [0, 'a'],
      [1, 1],
      [2, null],
    ]);
    expect(arrayTable(['a'])?.columns).toEqual(['(index)', 'Values']);
  });

  it('shows a 2D array with numbered columns and caps very wide rows', () => {
    expect(arrayTable([[1, 2], [3]])).toEqual({
      columns: ['(index)', '0', '1'],
      rows: [
        [0, 1, 2],
        [1, 3, null],
      ],
      totalRows: 2,
    });
    const wide = arrayTable([Array.from({ length: 784 }, () => 0)]);
    expect(wide?.columns).toHaveLength(MAX_TABLE_COLUMNS + 1);
    expect(wide?.caption).toBe(`Showing the first ${MAX_TABLE_COLUMNS} of 784 columns`);
  });

  it('declines empty and mixed arrays, which print as text instead', () => {
    expect(arrayTable([])).toBeNull();
    expect(arrayTable([{ a: 1 }, 2])).toBeNull();
    expect(arrayTable([new Map()])).toBeNull();
  });
});

describe('toTableCell', () => {
  it('makes cells JSON-safe', () => {
    expect([NaN, -Infinity, 5n, undefined, { a: [1, 2] }].map((v) => toTableCell(v))).toEqual([
      'NaN',
      '-Infinity',
      '5n',
      null,
      '{ a: [Array] }',
    ]);
  });
});
