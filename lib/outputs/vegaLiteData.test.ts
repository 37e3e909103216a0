import { describe, expect, it } from 'vitest';
import { csvData } from './vegaLiteData';

describe('csvData', () => {
  it('writes a header and one line per row, with the numeric columns to be parsed as numbers', () => {
    expect(
      csvData(
        ['series', 'x', 'y'],
        [
          ['loss', 1, 0.5],
          ['loss', 2, 0.25],
        ],
        ['x', 'y'],
      ),
    ).toEqual({
      values: 'series,x,y\nloss,1,0.5\nloss,2,0.25\n',
      format: { type: 'csv', parse: { x: 'number', y: 'number' } },
    });
  });

  it('quotes text holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvData(['name'], [['a,b'], ['say "hi"'], ['two\nlines'], ['plain']], []).values).toBe(
      'name\n"a,b"\n"say ""hi"""\n"two\nlines"\nplain\n',
    );
  });

  it('keeps six significant digits of a fraction and every digit of an integer', () => {
    expect(csvData(['y'], [[Math.PI], [1 / 3e9], [123456789]], ['y']).values).toBe('y\n3.14159\n3.33333e-10\n123456789\n');
  });
});
