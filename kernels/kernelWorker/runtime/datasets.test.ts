import { describe, expect, it } from 'vitest';
import { parseCsv, resolveDatasetUrl } from './datasets';

describe('datasets', () => {
  it('parses numbers and keeps strings, with empty cells as null', () => {
    const { rows } = parseCsv('a,b,name\n1,2.5,x\n3,,y\n', 't.csv');
    expect(rows).toEqual([
      { a: 1, b: 2.5, name: 'x' },
      { a: 3, b: null, name: 'y' },
    ]);
  });

  it('names the malformed row in its error', () => {
    expect(() => parseCsv('a,b\n1,2\n3,4,5\n', 'bad.csv')).toThrow(/bad\.csv.*row 2/);
  });

  it('skips malformed rows and reports them when not strict', () => {
    const { rows, warnings } = parseCsv('a,b\n1,2\n3,4,5\n6,7\n', 'bad.csv', { strict: false });
    expect(rows).toEqual([
      { a: 1, b: 2 },
      { a: 6, b: 7 },
    ]);
    expect(warnings[0]).toMatch(/row 2/);
  });

  it('resolves a bare name under /datasets and refuses other origins', () => {
    expect(resolveDatasetUrl('iris.csv', 'http://localhost:3000')).toBe('http://localhost:3000/datasets/iris.csv');
    expect(resolveDatasetUrl('/data/x.json', 'http://localhost:3000')).toBe('http://localhost:3000/data/x.json');
    expect(() => resolveDatasetUrl('https://example.com/x.csv', 'http://localhost:3000')).toThrow(/another origin/);
  });
});

describe('parseCsv with one column', () => {
  it('reads a one-column file without calling the missing delimiter a problem', () => {
    expect(parseCsv('value\n1\n2\n', 'one.csv').rows).toEqual([{ value: 1 }, { value: 2 }]);
  });
});
