import { describe, expect, it } from 'vitest';
import { parseSweepOptions } from './sweepOptions';

const build = () => null;

describe('spark.sweep options', () => {
  it('fills in defaults', () => {
    const options = parseSweepOptions({ name: 'lr', grid: { learningRate: [0.1] }, build, data: { x: 1, y: 2 } });
    expect(options).toMatchObject({ name: 'lr', fit: { epochs: 1, batchSize: 32, seed: 0 }, evaluate: {}, force: false });
  });

  it('names a bad or misspelt option, and a bad grid', () => {
    expect(() => parseSweepOptions({ name: 'lr', grid: { a: [1] }, build: 5, data: { x: 1, y: 2 } })).toThrow(
      /"build" must be a function \(values\) => compiled model/,
    );
    expect(() => parseSweepOptions({ name: 'a@b', grid: { a: [1] }, build, data: { x: 1, y: 2 } })).toThrow(
      /"name" must be a non-empty name without '@'/,
    );
    expect(() => parseSweepOptions({ name: 'lr', grid: { a: [1] }, build, data: { x: 1, y: 2 }, fit: { epoch: 3 } })).toThrow(/epoch/);
    expect(() => parseSweepOptions({ name: 'lr', grid: { a: [] }, build, data: { x: 1, y: 2 } })).toThrow(
      'spark.sweep: grid.a must be a non-empty array of values',
    );
    expect(() => parseSweepOptions({ name: 'lr', grid: { a: [1] }, build, data: { x: 1, y: 2 }, forse: true })).toThrow(
      /unknown option "forse" — did you mean "force"\?/,
    );
  });
});
