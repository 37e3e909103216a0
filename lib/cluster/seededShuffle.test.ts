import { describe, expect, it } from 'vitest';
import { mulberry32, seededPermutation } from './seededShuffle';

describe('mulberry32', () => {
  it('produces the reference mulberry32 stream for seed 42', () => {
    // Values from the reference implementation (bryc's PRNG collection).
    const random = mulberry32(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('treats seeds as unsigned 32-bit integers, so -1 and 2^32-1 are the same stream', () => {
    expect(mulberry32(-1)()).toBe(mulberry32(2 ** 32 - 1)());
  });

  it('stays within [0, 1)', () => {
    const random = mulberry32(7);
    const draws = Array.from({ length: 10_000 }, random);
    expect(draws.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
  });
});

describe('seededPermutation', () => {
  it('is a permutation of 0..n-1', () => {
    const order = seededPermutation(1000, 3);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('gives the same order for the same seed and a different one for another seed', () => {
    expect(seededPermutation(50, 11)).toEqual(seededPermutation(50, 11));
    expect(seededPermutation(50, 11)).not.toEqual(seededPermutation(50, 12));
  });

  it('handles empty and single-sample datasets', () => {
    expect(seededPermutation(0, 1)).toEqual(new Uint32Array(0));
    expect(seededPermutation(1, 1)).toEqual(Uint32Array.of(0));
  });

  it('puts each sample first about equally often (no Fisher–Yates off-by-one bias)', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[seededPermutation(4, seed)[0]]++;
    for (const count of firsts) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });

  it('rejects a negative or fractional sample count', () => {
    expect(() => seededPermutation(-1, 0)).toThrow(RangeError);
    expect(() => seededPermutation(2.5, 0)).toThrow(/whole number/);
  });
});
