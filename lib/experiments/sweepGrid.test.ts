import { describe, expect, it } from 'vitest';
import { checkGrid, expandGrid } from './sweepGrid';

describe('sweep grids', () => {
  it('expands every combination, the first parameter varying slowest', () => {
    expect(expandGrid({ learningRate: [0.1, 0.01], seed: [1, 2, 3] })).toEqual([
      { learningRate: 0.1, seed: 1 },
      { learningRate: 0.1, seed: 2 },
      { learningRate: 0.1, seed: 3 },
      { learningRate: 0.01, seed: 1 },
      { learningRate: 0.01, seed: 2 },
      { learningRate: 0.01, seed: 3 },
    ]);
    expect(expandGrid({ optimizer: ['sgd'] })).toEqual([{ optimizer: 'sgd' }]);
  });

  it('names what is wrong with a grid', () => {
    expect(() => checkGrid([1, 2], 'spark.sweep')).toThrow(/grid must be an object of parameter → list of values/);
    expect(() => checkGrid({}, 'spark.sweep')).toThrow(/grid has no parameters/);
    expect(() => checkGrid({ learningRate: [] }, 'spark.sweep')).toThrow(
      'spark.sweep: grid.learningRate must be a non-empty array of values (got [])',
    );
    expect(() => checkGrid({ learningRate: [0.1, NaN] }, 'spark.sweep')).toThrow(
      'grid.learningRate[1] must be a finite number, a string or a boolean (got NaN)',
    );
    expect(() => checkGrid({ seed: [1, 1] }, 'spark.sweep')).toThrow(/grid.seed lists a value twice/);
    expect(() =>
      checkGrid({ a: Array.from({ length: 40 }, (_, i) => i), b: Array.from({ length: 40 }, (_, i) => i) }, 'spark.sweep'),
    ).toThrow(/1600 configurations; at most 1000/);
  });
});
