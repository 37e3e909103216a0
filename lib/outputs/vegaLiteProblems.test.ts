import { describe, expect, it } from 'vitest';
import { vegaLiteProblems } from './vegaLiteProblems';

describe('vegaLiteProblems', () => {
  it('is empty for a spec that compiles cleanly', () => {
    expect(
      vegaLiteProblems({ data: { values: [{ x: 1 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } }),
    ).toEqual([]);
  });

  it('reports what vega-lite warns about, such as an invalid field type', () => {
    const problems = vegaLiteProblems({ data: { values: [] }, mark: 'line', encoding: { x: { field: 'x', type: 'nonsense' } } });
    expect(problems.length).toBeGreaterThan(0);
  });

  it('reports a spec vega-lite cannot compile at all', () => {
    expect(vegaLiteProblems({ mark: 'no-such-mark' })).toEqual([expect.stringMatching(/^error: /)]);
  });
});
